/**
 * A second chart of an existing type is content only, shown by a real build: a copy of the project
 * (its src/ untouched) whose content gains one chart (tests/support/added-chart.ts: a charts.yaml
 * entry, a `<Chart id>` in a section of every edition, words in every edition's charts.yaml) builds,
 * and every edition shows the chart in its section and publishes its embed page, oEmbed record and
 * CSV, SVG and PNG, while the story's own charts come out as the project's build made them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import { STORY_FILES } from '../support/story-files.ts';
import { ADDED_CHART, ADDED_TYPE, withAddedChart } from '../support/added-chart.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { storyContent } from '../support/content.ts';
import { buildEnv, DIST_DIR, ROOT } from '../support/harness.ts';
import { copyProject } from '../support/project-copy.ts';

let dir = '';
let build: { status: number | null; output: string } = { status: null, output: '' };
/** The slug of the section that shows the added chart. */
let slug = '';

beforeAll(() => {
  // A copy of the project (its src/ untouched), with links to its packages and a cache folder of its own.
  const copy = copyProject(ROOT, 'explainer-added-chart-');
  dir = copy.root;
  // The added chart's files over the content as it is.
  const files = readContentFiles(ROOT, STORY_FILES);
  for (const [path, text] of withAddedChart(files, STORY_FILES)) {
    if (files.get(path) === text) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (path.endsWith('.mdx') && !path.includes('/editions/') && text.includes(`<Chart id="${ADDED_CHART}"`))
      slug = /^slug: *(\S+)/m.exec(text)?.[1] ?? '';
  }
  if (!existsSync(DIST_DIR)) throw new Error(`${DIST_DIR} is missing: run \`npm run build\` first`);
  // Its cache starts as a copy of the project's warm one.
  exclusiveBuild(() => {
    if (existsSync(join(ROOT, 'node_modules/.astro')))
      cpSync(join(ROOT, 'node_modules/.astro'), join(dir, 'node_modules/.astro'), { recursive: true });
  });
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv({ ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' }),
    timeout: 300_000,
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 330_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const editions = Object.values(LOCALES).map((locale) => locale.prefix);
const built = (path: string) => join(dir, 'dist', path);

describe('a second chart of an existing type, added as content', () => {
  it('builds with no code changed', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(slug).not.toBe('');
  });

  it.each(editions)('is shown in its section and published with its own files (edition "%s")', (prefix) => {
    for (const page of [`${prefix}index.html`, `${prefix}${slug}/index.html`]) {
      const html = readFileSync(built(page), 'utf8');
      expect(html, page).toContain(`data-chart="${ADDED_CHART}"`);
      expect(html, page).toContain(`href="/${prefix}embed/${ADDED_CHART}/"`);
    }
    for (const file of ['embed/x/index.html', 'embed/x/oembed.json', 'data/x.csv', 'data/x.svg', 'data/x.png'])
      expect(existsSync(built(`${prefix}${file.replace('x', ADDED_CHART)}`)), file).toBe(true);
    const svg = readFileSync(built(`${prefix}data/${ADDED_CHART}.svg`), 'utf8');
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg [^>]*width="\d+"/);
    expect(svg).toContain('<g class="chart-map">');
    if (prefix === '')
      expect(svg).toContain(
        '<title id="chart-shenyang-to-beijing-title">Where Beijing lies, seen from Shenyang</title>',
      );
  });

  it('leaves the story’s own charts as the project’s build made them', () => {
    const original = readdirSync(join(DIST_DIR, 'data')).filter((name) => /\.(csv|svg)$/.test(name));
    expect(original.length).toBeGreaterThan(0);
    for (const name of original)
      expect(readFileSync(built(`data/${name}`), 'utf8'), name).toBe(
        readFileSync(join(DIST_DIR, 'data', name), 'utf8'),
      );
    const map = readFileSync(built(`data/${ADDED_CHART}.csv`), 'utf8').split('\n');
    const turned = storyContent().charts?.records.find((chart) => chart.type === ADDED_TYPE)?.id;
    const type = readFileSync(built(`data/${turned}.csv`), 'utf8').split('\n');
    // The same facts, the two places the other way round.
    expect([map[0], map[2], map[1], ...map.slice(3)]).toEqual(type);
    expect(map[1]).not.toBe(type[1]);
  });
});
