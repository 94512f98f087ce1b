/**
 * Reproducible builds, and the page cache. Two rebuilds of the same source, each into its own folder
 * (dist/ is left alone; it must be the plain build of this source, `npm run build`, no SITE_URL or BASE_PATH):
 *
 * 1. Every page rendered again: the rebuild finds the mark of a build that did not finish in Astro's
 *    cache folder (src/integrations/page-cache.ts), so it drops the page list and renders every page.
 *    It writes a folder byte-identical to dist/ (same file list, same SHA-256 of every file), drawing
 *    no image (the raster cache) and reading and checking the content once (its build log says so).
 * 2. Nothing changed since: every page with a cache key is copied from the page cache (Astro's
 *    `experimental.incrementalBuild`, src/data/edition.ts: pageCacheKey), none rendered, and the
 *    folder is again byte-identical to dist/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CACHE_MANIFEST, PAGE_CACHE_MARK } from '../../src/integrations/page-cache.ts';
import { pagesOfBuildLog } from '../support/build-log.ts';
import { builtFiles } from '../support/crawl.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { buildSite, DIST_DIR, ROOT } from '../support/harness.ts';

/** Astro's cache folder (its default cacheDir). */
const CACHE_DIR = join(ROOT, 'node_modules/.astro');
const REBUILD = join(ROOT, 'dist-repro');

/** SHA-256 of every file in a folder, by path. */
function fingerprint(dir: string): Map<string, string> {
  return new Map(
    builtFiles(dir).map((rel) => [
      rel,
      createHash('sha256')
        .update(readFileSync(join(dir, rel)))
        .digest('hex'),
    ]),
  );
}

const COPIED = join(ROOT, 'dist-repro-cached');

/** The cache key of each keyed page in Astro's page list (`incremental-build.json`), by path. */
function cacheKeys(manifest: string): Map<string, string> {
  const { routes } = JSON.parse(manifest) as {
    routes: Record<string, { paths: Record<string, { cacheKey?: string }> }>;
  };
  return new Map(
    Object.values(routes).flatMap(({ paths }) =>
      Object.entries(paths).flatMap(([path, { cacheKey }]) =>
        cacheKey === undefined ? [] : [[path, cacheKey] as const],
      ),
    ),
  );
}

let built = new Map<string, string>();
let rebuilt = new Map<string, string>();
let copied = new Map<string, string>();
let log = '';
let copiedLog = '';
let manifestBefore = '';

beforeAll(() => {
  built = fingerprint(DIST_DIR);
  rmSync(REBUILD, { recursive: true, force: true });
  rmSync(COPIED, { recursive: true, force: true });
  exclusiveBuild(() => {
    // The mark a build leaves when it stops halfway: this rebuild must not trust the page list.
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(join(CACHE_DIR, PAGE_CACHE_MARK), 'left by tests/e2e/reproducible.test.ts\n');
    log = buildSite(REBUILD);
    manifestBefore = readFileSync(join(CACHE_DIR, PAGE_CACHE_MANIFEST), 'utf8');
    copiedLog = buildSite(COPIED);
  });
  rebuilt = fingerprint(REBUILD);
  copied = fingerprint(COPIED);
}, 240_000);
afterAll(() => {
  rmSync(REBUILD, { recursive: true, force: true });
  rmSync(COPIED, { recursive: true, force: true });
});

describe('a rebuild of the same source', () => {
  it('writes the same files as dist/', () => {
    console.info(`reproducible: ${built.size} files compared`);
    expect(built.size).toBeGreaterThan(5);
    expect([...rebuilt.keys()]).toEqual([...built.keys()]);
  });

  it('writes every file byte for byte the same as dist/', () => {
    const differing = [...built.keys()].filter((rel) => rebuilt.has(rel) && built.get(rel) !== rebuilt.get(rel));
    expect(differing).toEqual([]);
  });

  it('draws no image: every share card and chart PNG comes from the raster cache', () => {
    const line = /\[raster-cache\] (\d+) image\(s\) drawn, (\d+) reused/.exec(log);
    expect(line, log).not.toBeNull();
    const pngs = [...built.keys()].filter((rel) => rel.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(20);
    expect(Number(line![1])).toBe(0);
    expect(Number(line![2])).toBe(pngs.length);
  });

  it('reads the content files once and runs the content rules once', () => {
    expect(log).toMatch(/\[content-gate\] content read 1×, rules run 1× in this build/);
  });

  it('renders every page after a build that did not finish, and says why', () => {
    expect(log).toContain('the last build did not finish');
    const { rendered, copied: fromCache } = pagesOfBuildLog(log);
    expect(fromCache).toEqual([]);
    expect(rendered.length).toBeGreaterThan(100);
  });
});

describe('a rebuild with nothing changed', () => {
  it('copies every page from the page cache and renders only the pages without a cache key', () => {
    const { rendered, copied: fromCache } = pagesOfBuildLog(copiedLog);
    console.info(`page cache: ${fromCache.length} copied, ${rendered.length} rendered (${rendered.join(', ')})`);
    expect(fromCache.length).toBe(pagesOfBuildLog(log).rendered.length - rendered.length);
    // Only the not-found pages (src/pages/404.astro, src/pages/[lang]/404.astro) and robots.txt have no key.
    expect(
      rendered.every((path) => /(^|\/)404(\/index)?\.html$|^\/robots\.txt$/.test(path)),
      rendered.join(', '),
    ).toBe(true);
    expect(copiedLog).not.toContain('the last build did not finish');
  });

  it('writes every file byte for byte the same as dist/', () => {
    expect([...copied.keys()]).toEqual([...built.keys()]);
    const differing = [...built.keys()].filter((rel) => copied.get(rel) !== built.get(rel));
    expect(differing).toEqual([]);
  });

  it('draws no image and still reads and checks the content once', () => {
    expect(copiedLog).toMatch(/\[raster-cache\] 0 image\(s\) drawn/);
    expect(copiedLog).toMatch(/\[content-gate\] content read 1×, rules run 1× in this build/);
  });

  it('keeps the page list it found, every page under the same key, and leaves no mark', () => {
    const before = cacheKeys(manifestBefore);
    expect(before.size).toBe(pagesOfBuildLog(copiedLog).copied.length);
    expect(cacheKeys(readFileSync(join(CACHE_DIR, PAGE_CACHE_MANIFEST), 'utf8'))).toEqual(before);
    expect(() => readFileSync(join(CACHE_DIR, PAGE_CACHE_MARK))).toThrow();
  });
});
