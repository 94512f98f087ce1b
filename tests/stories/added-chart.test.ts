/**
 * A second chart of an existing type is content only, shown by a real build: the two-story site
 * (npm run build:stories) is built from a copy of the project (its src/ untouched) whose front story
 * gains one chart (tests/support/added-chart.ts: a charts.yaml entry, a `<Chart id>` in a section of
 * every edition, words in every edition's charts.yaml); every edition shows the chart in its section
 * and publishes its embed page, oEmbed record and CSV, SVG and PNG, while the story's own charts come
 * out as the project's build made them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import { STORY_FILES } from '../support/story-files.ts';
import { ADDED_CHART, ADDED_TYPE, withAddedChart } from '../support/added-chart.ts';
import { storyContent } from '../support/content.ts';
import { DIST_DIR, ROOT, STORIES_DIST_DIR } from '../support/harness.ts';

const dir = STORIES_DIST_DIR;
/** The slug of the section that shows the added chart (in the front story's English files). */
const slug = (() => {
  const files = readContentFiles(ROOT, STORY_FILES);
  for (const [path, text] of withAddedChart(files, STORY_FILES))
    if (path.endsWith('.mdx') && !path.includes('/editions/') && text.includes(`<Chart id="${ADDED_CHART}"`))
      return /^slug: *(\S+)/m.exec(text)?.[1] ?? '';
  return '';
})();

const editions = Object.values(LOCALES).map((locale) => locale.prefix);
const built = (path: string) => join(dir, path);

describe('a second chart of an existing type, added as content', () => {
  it('is built, with no code changed, into the two-story site (npm run build:stories)', () => {
    expect(slug).not.toBe('');
    expect(existsSync(built(`data/${ADDED_CHART}.csv`))).toBe(true);
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
