/**
 * A broken content file stops the real build with a message naming the file and
 * the field. Each case copies the project to a temporary folder, breaks one
 * file there and runs `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the project, applies `breakIt`, builds, and returns the exit code and output. */
function buildBroken(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-broken-'));
  made.push(dir);
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  breakIt(dir);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test set-up: ${from} not found in ${file}`);
  writeFileSync(path, after);
}

describe('the build stops on broken content', () => {
  it('names the MDX file, line and id of an unknown fact', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'content/sections/06-smart-driving.mdx', '<Fact id="ponyai-driverless-km" />', '<Fact id="ponyai-km" />'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sections\/06-smart-driving\.mdx › body line \d+ <Fact id>: "ponyai-km" is not in content\/facts\.yaml/);
  });

  it('names the file and field of a fact missing its kind', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'content/facts.yaml', /(- id: forum-length\n(?:.*\n)*?)  kind: duration\n/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('facts.yaml');
    expect(output).toMatch(/forum-length/);
    expect(output).toMatch(/kind/);
  });
});
