/**
 * Reproducible builds: a rebuild of the same source (from the cache the first build left) writes a
 * folder byte-identical to dist/ (same file list, same SHA-256 of every file), drawing no image
 * (the raster cache) and reading and checking the content once (its build log says so). dist/ must be the plain
 * build of this source (`npm run build`, no SITE_URL or BASE_PATH); the rebuild goes to its own folder,
 * so dist/ is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../support/crawl.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { buildSite, DIST_DIR, ROOT } from '../support/harness.ts';

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

let built = new Map<string, string>();
let rebuilt = new Map<string, string>();
let log = '';

beforeAll(() => {
  built = fingerprint(DIST_DIR);
  rmSync(REBUILD, { recursive: true, force: true });
  log = exclusiveBuild(() => buildSite(REBUILD));
  rebuilt = fingerprint(REBUILD);
}, 240_000);
afterAll(() => {
  rmSync(REBUILD, { recursive: true, force: true });
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
});
