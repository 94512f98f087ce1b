/**
 * `npm run build:stories`: the site with a second story, built into dist-stories/ (or
 * STORIES_DIST_DIR) from a copy of the project whose content/stories/ also holds the valid test
 * fixture (tests/fixtures/good) as `second-story`. Nothing in src/ knows that story: the build
 * proves a story is a folder, and the gates in tests/e2e/second-story.test.ts crawl the result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STORIES_DIR } from '../src/lib/content/site-reader.ts';
import { buildEnv, ROOT, SECOND_STORY, STORIES_DIST_DIR } from '../tests/support/harness.ts';
import { copyProject } from '../tests/support/project-copy.ts';

/** Where Astro's cache keeps the rasters (src/integrations/raster-cache.ts: `rasters/` in the default cacheDir). */
const RASTER_CACHE_DIR = 'node_modules/.astro/rasters';

rmSync(STORIES_DIST_DIR, { recursive: true, force: true });
const copy = copyProject(ROOT, 'nev-stories-');
try {
  cpSync(SECOND_STORY.dir, join(copy.root, STORIES_DIR, SECOND_STORY.id), { recursive: true });
  // The root build's share images and chart PNGs, kept by a hash of what they show (src/lib/publish/raster-cache.ts):
  // the front story's are not drawn again, the second story's are drawn here.
  const rasters = join(ROOT, RASTER_CACHE_DIR);
  if (existsSync(rasters)) cpSync(rasters, join(copy.root, RASTER_CACHE_DIR), { recursive: true });
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
