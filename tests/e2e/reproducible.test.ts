/**
 * Reproducible builds: two builds of the same source, one after the other,
 * write byte-identical folders (same file list, same SHA-256 of every file).
 * Builds into its own folders, so dist/ is left alone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from './crawl.ts';
import { ROOT } from './harness.ts';

const OUT_DIRS = [join(ROOT, 'dist-repro-a'), join(ROOT, 'dist-repro-b')];

/** The environment for a child build, without the variables Vitest adds (Vite would read BASE_URL, MODE …). */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

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
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: ROOT, env: buildEnv(), stdio: 'pipe' });
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
