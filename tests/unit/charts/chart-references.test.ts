/**
 * Chart ids wherever they are written: `<Chart id="…">` and links to a chart's
 * embed page or downloads in MDX, chart definitions, the charts' words in a
 * language file, and links made in code. A known id passes; an unknown one
 * stops the build naming the file and the field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { parseUiStrings, UiStringsError } from '../../../src/i18n/schema.ts';
import { checkChartDefinitions, ChartDefinitionError, CHARTS } from '../../../src/lib/charts/definitions.ts';
import { CHART_IDS } from '../../../src/lib/charts/ids.ts';
import { parseMdx } from '../../../src/lib/content/mdx-tree.ts';
import { createRoutes, RouteError } from '../../../src/lib/site/routes.ts';
import { assertValidContent, findContentProblems } from '../../../src/lib/content/validate.ts';
import { findChartLinks, findReferences } from '../../../src/lib/content/rules/mdx.ts';
import { ContentError } from '../../../src/lib/content/bundle.ts';
import { readContent, ROOT } from '../content-files.ts';
import { CHECKS } from '../english.ts';

const GOOD = join(ROOT, 'tests/fixtures/good');

/** The good fixture with a line appended to its first section. */
function goodWith(line: string) {
  const { bundle } = readContent(GOOD);
  const [first, ...rest] = bundle.sections;
  const body = `${first!.body.trimEnd()}\n\n${line}\n`;
  return {
    bundle: { ...bundle, sections: [{ ...first!, body, tree: parseMdx(body) }, ...rest] },
    file: first!.file,
    line: body.split('\n').length - 1,
  };
}

describe('chart references in MDX', () => {
  it('finds <Chart id> tags with their line', () => {
    expect(findReferences('Text.\n\n<Chart id="locator-map" />\n')).toEqual([
      { tag: 'Chart', id: 'locator-map', line: 3 },
    ]);
  });

  it('accepts every known chart id', () => {
    for (const id of CHART_IDS) {
      const { bundle } = goodWith(`<Chart id="${id}" />`);
      expect(findContentProblems(bundle, CHECKS)).toEqual([]);
    }
  });

  it('stops on an unknown chart id, naming the file, the field and the charts that exist', () => {
    const { bundle, file, line } = goodWith('<Chart id="bmw-invest" />');
    expect(findContentProblems(bundle, CHECKS)).toContainEqual({
      file,
      field: `body line ${line} <Chart id>`,
      message: expect.stringMatching(/"bmw-invest" is not in src\/lib\/charts\/ids\.ts \(charts: .*bmw-investment/),
    });
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(ContentError);
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(`${file} › body line ${line} <Chart id>:`);
  });
});

describe('links to a chart’s embed page or downloads in MDX', () => {
  it('finds Markdown links and hrefs to embed pages and chart files, with the id and line', () => {
    const body =
      'See [it](/embed/locator-map/).\n<a href="../data/bmw-investment.png">png</a> [x](/sources/)\n[csv](data/ponyai-scale.csv?v=1)';
    expect(findChartLinks(body)).toEqual([
      { url: '/embed/locator-map/', id: 'locator-map', line: 1 },
      { url: '../data/bmw-investment.png', id: 'bmw-investment', line: 2 },
      { url: 'data/ponyai-scale.csv?v=1', id: 'ponyai-scale', line: 3 },
    ]);
  });

  it('accepts links to every known chart', () => {
    for (const id of CHART_IDS) {
      const { bundle } = goodWith(`[embed](/embed/${id}/) · [svg](/data/${id}.svg)`);
      expect(findContentProblems(bundle, CHECKS)).toEqual([]);
    }
  });

  it.each([
    ['an embed page', '[the map](/de/embed/locater-map/)', 'locater-map'],
    ['an image download', '<a href="/data/bmw.svg">image</a>', 'bmw'],
  ])('stops on %s of an unknown chart, naming the file and the line of the link', (_, line, id) => {
    const { bundle, file, line: at } = goodWith(line);
    expect(findContentProblems(bundle, CHECKS)).toContainEqual({
      file,
      field: `body line ${at} link`,
      message: expect.stringMatching(new RegExp(`names the chart "${id}", which is not in src/lib/charts/ids\\.ts`)),
    });
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(`${file} › body line ${at} link:`);
  });
});

describe('chart definitions', () => {
  it('pass when each is filed under its own id', () => {
    expect(() => checkChartDefinitions(CHARTS)).not.toThrow();
  });

  it('stop on a definition filed under another chart’s id, naming the file and field', () => {
    expect(() => checkChartDefinitions({ ...CHARTS, 'bmw-investment': CHARTS['locator-map'] })).toThrow(
      'src/lib/charts/definitions.ts › CHARTS["bmw-investment"].id: "locator-map" does not match',
    );
  });

  it('stop on an id that is not a chart', () => {
    expect(() => checkChartDefinitions({ 'bmw-invest': { id: 'bmw-invest' } })).toThrow(ChartDefinitionError);
    expect(() => checkChartDefinitions({ 'bmw-investment': { id: 'bmw' } })).toThrow(
      /CHARTS\["bmw-investment"\]\.id: "bmw" is not a chart id \(src\/lib\/charts\/ids\.ts/,
    );
  });
});

describe('the charts’ words in a language file', () => {
  it('stop on words for a chart id that does not exist, naming the file and key', () => {
    const en = LOCALES.en.strings as { charts: Record<string, unknown> };
    const strings = { ...en, charts: { ...en.charts, 'bmw-invest': en.charts['bmw-investment'] } };
    expect(() => parseUiStrings('src/i18n/en.ts', strings)).toThrow(UiStringsError);
    expect(() => parseUiStrings('src/i18n/en.ts', strings)).toThrow(/src\/i18n\/en\.ts › charts: .*"bmw-invest"/);
  });
});

describe('links made in code', () => {
  const routes = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/');

  it('point at the chart’s embed page, oEmbed record and files', () => {
    expect(routes.embed('locator-map')).toBe('/sub/de/embed/locator-map/');
    expect(routes.oembed('locator-map')).toBe('/sub/de/embed/locator-map/oembed.json');
    expect(routes.chartImage('locator-map', 'svg')).toBe('/sub/de/data/locator-map.svg');
    expect(routes.chartImage('locator-map', 'png')).toBe('/sub/de/data/locator-map.png');
  });

  it('stop on an id that arrives as text and is not a chart', () => {
    const id = 'locater-map' as (typeof CHART_IDS)[number];
    expect(() => routes.embed(id)).toThrow(RouteError);
    expect(() => routes.chartImage(id, 'png')).toThrow(
      /chart PNG link: "locater-map" is not a chart; charts are listed in src\/lib\/charts\/ids\.ts/,
    );
  });
});
