/**
 * A broken content file stops the real build, from a warm cache too.
 *
 * One copy of the project (with its own content-layer cache, so the project's
 * own build is never touched) is built once with valid content, which warms
 * Astro's cache; then each broken edit is applied, built, and undone. Every
 * broken build must exit non-zero, name the file and line, print no stack
 * trace, and leave the last good `dist/` as it was (nothing new published).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.ts';

let dir = '';
let pristine = '';

/** Runs `astro build` in the copy. */
function build(): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Puts the copy's content back as it was. */
function restore() {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(pristine, join(dir, 'content'), { recursive: true });
}

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`test set-up: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'explainer-broken-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // A node_modules of links to the project's packages, but with its own
  // `.astro` cache folder: the cache under test belongs to this copy alone.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => n !== '.astro')) {
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  pristine = join(dir, '.content-pristine');
  cpSync(join(dir, 'content'), pristine, { recursive: true });
  const warm = build();
  if (warm.status !== 0) throw new Error(`the valid copy did not build:\n${warm.output}`);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each broken edit, the file:line the output must name, and what it must say. */
const CASES: [string, () => void, RegExp, RegExp][] = [
  [
    'invalid YAML in a data file',
    () => edit('content/glossary.yaml', /aliases: \[NEV, ([^\]\n]*)\]/, 'aliases: [NEV, $1'),
    /content\/glossary\.yaml:\d+ › YAML syntax/,
    /column \d+/,
  ],
  [
    'an emptied data file',
    () => writeFileSync(join(dir, 'content/glossary.yaml'), ''),
    /content\/glossary\.yaml:1 › file/,
    /is empty/,
  ],
  [
    'a data file that is a map instead of a list',
    () => writeFileSync(join(dir, 'content/glossary.yaml'), 'nev:\n  term: NEV\n'),
    /content\/glossary\.yaml:1 › file/,
    /must be a list of entries/,
  ],
  [
    'a duplicated id',
    () => edit('content/entities.yaml', '- id: he-yi', '- id: du-yue'),
    /content\/entities\.yaml:\d+ › entities\[du-yue\]\.id/,
    /"du-yue" is used twice, on lines \d+ and \d+/,
  ],
  [
    'a front-matter YAML error',
    () => edit('content/sections/01-the-forum.mdx', /^title: /m, 'title: [unclosed '),
    /content\/sections\/01-the-forum\.mdx:\d+ › YAML syntax/,
    /./,
  ],
  [
    'an unclosed MDX tag',
    () => edit('content/sections/02-shunyi.mdx', /<Who id="beijing" \/>/, '<Who id="beijing">'),
    /content\/sections\/02-shunyi\.mdx:\d+ › body line \d+/,
    /MDX syntax: Expected a closing tag for `<Who>`/,
  ],
  [
    'a deleted section file whose slug is still referenced',
    () => unlinkSync(join(dir, 'content/sections/07-whats-next.mdx')),
    /content\/entities\.yaml › entities\[[a-z-]+\]\.sections/,
    /"whats-next" is not a section slug/,
  ],
];

describe('a broken edit after a good build stops the next build', () => {
  it.each(CASES)('%s', (_, breakIt, where, what) => {
    const index = join(dir, 'dist/index.html');
    const before = statSync(index).mtimeMs;
    breakIt();
    try {
      const { status, output } = build();
      expect(status, output).not.toBe(0);
      expect(output).toMatch(where);
      expect(output).toMatch(what);
      expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toMatch(/Stack trace/i);
      expect(statSync(index).mtimeMs, 'the last good dist/ is left alone').toBe(before);
    } finally {
      restore();
    }
  });

  it('names the MDX file, line and id of an unknown fact', () => {
    edit('content/sections/06-smart-driving.mdx', /<Fact id="ponyai-driverless-km"/, '<Fact id="ponyai-km"');
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /content\/sections\/06-smart-driving\.mdx › body line \d+ <Fact id>: "ponyai-km" is not in content\/facts\.yaml/,
      );
    } finally {
      restore();
    }
  });

  it('names the MDX file and line of a link to a chart that does not exist', () => {
    edit(
      'content/sections/04-bmw-shenyang.mdx',
      /<Chart id="locator-map" \/>/,
      '<Chart id="locator-map" />\n\n[Embed the map](/embed/locater-map/)',
    );
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /content\/sections\/04-bmw-shenyang\.mdx › body line \d+ link: "\/embed\/locater-map\/" names the chart "locater-map", which is not in src\/lib\/charts\/ids\.ts/,
      );
    } finally {
      restore();
    }
  });

  it('names the file, line and field of a fact missing its kind', () => {
    edit('content/facts.yaml', /(- id: forum-length\n(?:.*\n)*?)  kind: duration\n/, '$1');
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(/content\/facts\.yaml:\d+ › facts\[forum-length\]\.kind/);
    } finally {
      restore();
    }
  });

  it('builds again once the content is sound', () => {
    expect(existsSync(join(dir, 'content/sections/07-whats-next.mdx'))).toBe(true);
    const { status, output } = build();
    expect(status, output).toBe(0);
  });
});
