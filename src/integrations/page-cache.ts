/**
 * Astro integration: the guard of Astro's page cache (`experimental.incrementalBuild`, astro.config.mjs),
 * which copies a page from the last build when its cache key (src/data/edition.ts: `pageCacheKey`) and
 * code are unchanged. Astro keeps a copy of every page it renders in its cache folder and writes the
 * list of keys (`incremental-build.json`) only once every page is written; a build that stops halfway
 * (a page that throws, an interrupt) leaves the old list over some new copies, and a later build with
 * the old content would hand out those copies as its own. So each build marks the cache folder as in
 * use when it starts and clears the mark when it is done; a build that finds the mark of one that did
 * not finish drops the list, and every page is rendered afresh. Two builds at once in one project
 * folder share this folder (and Astro's other caches) and are not supported; the tests take a lock
 * (tests/support/build-lock.ts).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's list of the last build's pages and keys, in its cache folder. */
export const PAGE_CACHE_MANIFEST = 'incremental-build.json';
/** The mark of a build under way, beside it. */
export const PAGE_CACHE_MARK = 'incremental-build.unfinished';

/**
 * At the start of a build: drops the page list when the last build in `cacheDir` did not finish, then marks
 * this one as under way. Returns whether the list was dropped.
 */
export function startPageCache(cacheDir: string): boolean {
  const mark = join(cacheDir, PAGE_CACHE_MARK);
  const manifest = join(cacheDir, PAGE_CACHE_MANIFEST);
  const dropped = existsSync(mark) && existsSync(manifest);
  if (dropped) rmSync(manifest, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, `a build started at ${new Date().toISOString()} (pid ${process.pid}) and has not finished\n`);
  return dropped;
}

/** At the end of a build that wrote every page: clears the mark. */
export function finishPageCache(cacheDir: string): void {
  rmSync(join(cacheDir, PAGE_CACHE_MARK), { force: true });
}

export function pageCacheIntegration(): AstroIntegration {
  let dir = '';
  return {
    name: 'page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (startPageCache(dir))
          logger.warn('the last build did not finish: its page list is dropped and every page is rendered afresh');
      },
      'astro:build:done': () => finishPageCache(dir),
    },
  };
}
