/**
 * `npm run build:stories`: the site grown by content alone, built into dist-stories/ (or
 * STORIES_DIST_DIR) from a copy of the project (its src/ untouched) whose content gains
 * - a second story: the valid test fixture (tests/fixtures/good) as content/stories/second-story/;
 * - a second chart of an existing type in the front story (tests/support/added-chart.ts).
 * Nothing in src/ knows either: the build proves that a story is a folder and a chart is content.
 * vitest.stories.config.ts runs the gates and tests/stories/ on the result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFiles } from '../src/lib/content/content-disk.ts';
import { STORIES_DIR } from '../src/lib/content/site-reader.ts';
import { buildEnv, ROOT, SECOND_STORY, STORIES_DIST_DIR } from '../tests/support/harness.ts';
import { withAddedChart } from '../tests/support/added-chart.ts';
import { copyProject } from '../tests/support/project-copy.ts';
import { STORY_FILES } from '../tests/support/story-files.ts';

/** Astro's default cacheDir, where the build keeps what it may reuse (rasters: src/integrations/raster-cache.ts). */
const ASTRO_CACHE_DIR = 'node_modules/.astro';

rmSync(STORIES_DIST_DIR, { recursive: true, force: true });
const copy = copyProject(ROOT, 'nev-stories-');
try {
  cpSync(SECOND_STORY.dir, join(copy.root, STORIES_DIR, SECOND_STORY.id), { recursive: true });
  const files = readContentFiles(ROOT, STORY_FILES);
  for (const [path, text] of withAddedChart(files, STORY_FILES)) {
    if (files.get(path) === text) continue;
    mkdirSync(dirname(join(copy.root, path)), { recursive: true });
    writeFileSync(join(copy.root, path), text);
  }
  // The root build's cache (Astro's cacheDir): its content layer, YAML parses, and share images and chart PNGs
  // kept by a hash of what they show (src/lib/publish/raster-cache.ts), so the front story is not drawn again.
  const cache = join(ROOT, ASTRO_CACHE_DIR);
  if (existsSync(cache)) cpSync(cache, join(copy.root, ASTRO_CACHE_DIR), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [join(copy.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', STORIES_DIST_DIR],
    // The root build's settings (no SITE_URL: a local preview), so its rasters serve the front story unchanged.
    { cwd: copy.root, env: buildEnv(), stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
} finally {
  copy.remove();
}
