/**
 * `npm run build:sub`: the site built with BASE_PATH=/sub/ and SITE_URL=https://example.org into
 * dist-sub/ (or SUB_DIST_DIR), the one sub-path build of a test run: the sub-path crawl
 * (tests/e2e/base-path.test.ts) and the server suite (tests/servers/) both use it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, ROOT, SUB_DIST_DIR, SUB_SITE } from '../tests/support/harness.ts';

rmSync(SUB_DIST_DIR, { recursive: true, force: true });
const result = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', SUB_DIST_DIR],
  { cwd: ROOT, env: buildEnv({ ...SUB_SITE }), stdio: 'inherit' },
);
process.exit(result.status ?? 1);
