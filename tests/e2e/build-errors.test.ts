/**
 * A broken content file stops the real build, from a warm cache too.
 *
 * One copy of the project (with its own content-layer cache, so the project's
 * own build is never touched) starts from the project's last good build: its
 * dist/ and its warm Astro cache (node_modules/.astro) are copied in, so no
 * valid build is repeated here; then each broken edit is applied, built, and
 * undone. Every
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
import { CONTENT_DIR } from '../../src/lib/content/content-reader.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { buildEnv, DIST_DIR, ROOT } from '../support/harness.ts';
import { STORY_FILES } from '../support/story-files.ts';

const { entities, facts, sections, terms } = STORY_FILES;
/** A path as it appears in the build's messages, for a regular expression. */
const inMessage = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A section file of this story, by name: the edits below break this story's own content. */
const section = (name: string) => `${sections}/${name}`;

let dir = '';
let pristine = '';

/** Runs `astro build` in the copy. */
function build(): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    // Without the variables Vitest sets (NODE_ENV=test would make it a development build).
    env: buildEnv({ ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' }),
    timeout: 230_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Puts the copy's content back as it was. */
function restore() {
  rmSync(join(dir, CONTENT_DIR), { recursive: true, force: true });
  cpSync(pristine, join(dir, CONTENT_DIR), { recursive: true });
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
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', CONTENT_DIR, 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // A node_modules of links to the project's packages, but with its own
  // `.astro` cache folder: the cache under test belongs to this copy alone.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => n !== '.astro')) {
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  // The last good build and the warm cache it left: the state a broken edit meets.
  for (const [from, what] of [
    [join(ROOT, 'node_modules/.astro'), "Astro's cache"],
    [DIST_DIR, 'the build'],
  ] as const) {
    if (!existsSync(from)) throw new Error(`${from} (${what}) is missing: run \`npm run build\` first`);
  }
  exclusiveBuild(() => {
    cpSync(join(ROOT, 'node_modules/.astro'), join(dir, 'node_modules/.astro'), { recursive: true });
    cpSync(DIST_DIR, join(dir, 'dist'), { recursive: true });
  });
  pristine = join(dir, '.content-pristine');
  cpSync(join(dir, CONTENT_DIR), pristine, { recursive: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each broken edit, the file:line the output must name, and what it must say. */
const CASES: [string, () => void, RegExp, RegExp][] = [
  [
    'invalid YAML in a data file',
    () => edit(terms, /aliases: \[NEV, ([^\]\n]*)\]/, 'aliases: [NEV, $1'),
    new RegExp(`${inMessage(terms)}:\\d+ › YAML syntax`),
    /column \d+/,
  ],
  [
    'an emptied data file',
    () => writeFileSync(join(dir, terms), ''),
    new RegExp(`${inMessage(terms)}:1 › file`),
    /is empty/,
  ],
  [
    'a data file that is a map instead of a list',
    () => writeFileSync(join(dir, terms), 'nev:\n  term: NEV\n'),
    new RegExp(`${inMessage(terms)}:1 › file`),
    /must be a list of entries/,
  ],
  [
    'a duplicated id',
    () => edit(entities, '- id: he-yi', '- id: du-yue'),
    new RegExp(`${inMessage(entities)}:\\d+ › entities\\[du-yue\\]\\.id`),
    /"du-yue" is used twice, on lines \d+ and \d+/,
  ],
  [
    'a front-matter YAML error',
    () => edit(section('01-the-forum.mdx'), /^title: /m, 'title: [unclosed '),
    new RegExp(`${inMessage(section('01-the-forum.mdx'))}:\\d+ › YAML syntax`),
    /./,
  ],
  [
    'an unclosed MDX tag',
    () => edit(section('02-shunyi.mdx'), /<Who id="beijing" \/>/, '<Who id="beijing">'),
    new RegExp(`${inMessage(section('02-shunyi.mdx'))}:\\d+ › body line \\d+`),
    /MDX syntax: Expected a closing tag for `<Who>`/,
  ],
  [
    'a deleted section file whose slug is still referenced',
    () => unlinkSync(join(dir, section('07-whats-next.mdx'))),
    new RegExp(`${inMessage(entities)} › entities\\[[a-z-]+\\]\\.sections`),
    /"whats-next" is not a section slug/,
  ],
  [
    'a German section that is missing',
    () => unlinkSync(join(dir, `${STORY_FILES.editions}/de/sections/07-whats-next.mdx`)),
    new RegExp(`${inMessage(`${STORY_FILES.editions}/de/sections/07-whats-next.mdx`)} › file`),
    /every edition has every section/,
  ],
  [
    'a figure typed into the Chinese headline',
    () => edit(`${STORY_FILES.editions}/zh/story.yaml`, /headline: '/, "headline: '２０"),
    new RegExp(`${inMessage(`${STORY_FILES.editions}/zh/story.yaml`)} › headline`),
    /"２０" is typed in/,
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
    edit(section('06-smart-driving.mdx'), /<Fact id="auto-show-year"/, '<Fact id="ponyai-km"');
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        new RegExp(
          `${inMessage(section('06-smart-driving.mdx'))} › body line \\d+ <Fact id>: "ponyai-km" is not in ${inMessage(facts)}`,
        ),
      );
    } finally {
      restore();
    }
  });

  it('names the MDX file and line of a link to a chart that does not exist', () => {
    edit(
      `${sections}/04-bmw-shenyang.mdx`,
      /<Chart id="locator-map" \/>/,
      '<Chart id="locator-map" />\n\n[Embed the map](/embed/locater-map/)',
    );
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        new RegExp(
          `content/stories/[a-z-]+/sections/04-bmw-shenyang\\.mdx › body line \\d+ link: "/embed/locater-map/" names the chart "locater-map", which is not in ${inMessage(STORY_FILES.charts)}`,
        ),
      );
    } finally {
      restore();
    }
  });

  it('names the file, chart and field of a chart whose type does not exist', () => {
    edit(STORY_FILES.charts, /(- id: bmw-investment\n {2})type: dual-scale-bar/, '$1type: dual-scale-bars');
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        new RegExp(
          `${inMessage(STORY_FILES.charts)} › charts\\[bmw-investment\\]\\.type: "dual-scale-bars" is not a chart type`,
        ),
      );
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      restore();
    }
  });

  it('names the file, line and field of a fact missing its kind', () => {
    edit(facts, /(- id: forum-length\n(?:.*\n)*?)  kind: duration\n/, '$1');
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toMatch(new RegExp(`${inMessage(facts)}:\\d+ › facts\\[forum-length\\]\\.kind`));
    } finally {
      restore();
    }
  });

  it('builds again once the content is sound', () => {
    expect(existsSync(join(dir, section('07-whats-next.mdx')))).toBe(true);
    const { status, output } = build();
    expect(status, output).toBe(0);
    // A production build, which reads and checks the content once (a development build rereads it per page).
    expect(output).toMatch(/content read 1×, rules run 1× in this build/);
    // A whole build of three editions with their images: longer than the broken builds, which stop early.
  }, 240_000);
});
