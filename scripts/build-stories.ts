/**
 * `npm run build:stories`: the site with a second story, built into dist-stories/ (or
 * STORIES_DIST_DIR) from a copy of the project whose content/stories/ also holds the valid test
 * fixture (tests/fixtures/good) as `second-story`. Nothing in src/ knows that story: the build
 * proves a story is a folder, and the gates in tests/e2e/second-story.test.ts crawl the result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STORIES_DIR } from '../src/lib/content/site-reader.ts';
import { buildEnv, ROOT, SECOND_STORY, STORIES_DIST_DIR, SUB_SITE } from '../tests/support/harness.ts';
import { copyProject } from '../tests/support/project-copy.ts';

rmSync(STORIES_DIST_DIR, { recursive: true, force: true });
const copy = copyProject(ROOT, 'nev-stories-');
try {
  cpSync(SECOND_STORY.dir, join(copy.root, STORIES_DIR, SECOND_STORY.id), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [join(copy.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', STORIES_DIST_DIR],
    { cwd: copy.root, env: buildEnv({ SITE_URL: SUB_SITE.SITE_URL }), stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
} finally {
  copy.remove();
}
