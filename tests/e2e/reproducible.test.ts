/**
 * Reproducible builds: two builds of the same source, one after the other,
 * write byte-identical folders (same file list, same SHA-256 of every file).
 * Builds into its own folders, so dist/ is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../support/crawl.ts';
import { buildSite, ROOT } from '../support/harness.ts';

const OUT_DIRS = [join(ROOT, 'dist-repro-a'), join(ROOT, 'dist-repro-b')];

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

let builds: Map<string, string>[] = [];

beforeAll(() => {
  builds = OUT_DIRS.map((outDir) => {
    rmSync(outDir, { recursive: true, force: true });
    buildSite(outDir);
    return fingerprint(outDir);
  });
}, 240_000);
afterAll(() => {
  for (const outDir of OUT_DIRS) rmSync(outDir, { recursive: true, force: true });
});

describe('two builds of the same source', () => {
  it('write the same files', () => {
    const [a, b] = builds as [Map<string, string>, Map<string, string>];
    console.info(`reproducible: ${a.size} files compared`);
    expect(a.size).toBeGreaterThan(5);
    expect([...b.keys()]).toEqual([...a.keys()]);
  });

  it('write every file byte for byte the same', () => {
    const [a, b] = builds as [Map<string, string>, Map<string, string>];
    const differing = [...a.keys()].filter((rel) => b.has(rel) && a.get(rel) !== b.get(rel));
    expect(differing).toEqual([]);
  });
});
