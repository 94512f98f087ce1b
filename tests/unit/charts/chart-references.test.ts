/**
 * Chart ids wherever they are written: `<Chart id="…">` and links to a chart's
 * embed page or downloads in MDX, and links made in code. An id of the story's
 * charts (charts.yaml) passes; any other stops the build naming the file and
 * the field, and the charts there are.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/content/mdx-tree.ts';
import { createRoutes, RouteError } from '../../../src/lib/site/routes.ts';
import { assertValidContent, findContentProblems } from '../../../src/lib/content/validate.ts';
import { findChartLinks, findReferences } from '../../../src/lib/content/rules/mdx.ts';
import { ContentError } from '../../../src/lib/content/bundle.ts';
import { readContent, ROOT } from '../content-files.ts';
import { CHECKS } from '../english.ts';

const GOOD = join(ROOT, 'tests/fixtures/good');
/** The good fixture's charts (tests/fixtures/good/charts.yaml). */
const CHART_IDS = (readContent(GOOD).bundle.charts?.records ?? []).map((chart) => chart.id);

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

  it('accepts every chart of the story', () => {
    expect(CHART_IDS.length).toBeGreaterThan(0);
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
      message: expect.stringMatching(
        /"bmw-invest" is not in tests\/fixtures\/good\/charts\.yaml \(charts: investment\)/,
      ),
    });
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(ContentError);
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(`${file} › body line ${line} <Chart id>:`);
  });

  it('stops on any <Chart id> in a story without a charts file', () => {
    const { bundle, file, line } = goodWith(`<Chart id="${CHART_IDS[0]}" />`);
    delete bundle.charts;
    expect(findContentProblems(bundle, CHECKS)).toContainEqual({
      file,
      field: `body line ${line} <Chart id>`,
      message: `"${CHART_IDS[0]}" is not in a charts file (this story has none)`,
    });
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

  it('accepts links to every chart of the story', () => {
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
      message: expect.stringMatching(
        new RegExp(`names the chart "${id}", which is not in tests/fixtures/good/charts\\.yaml`),
      ),
    });
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(`${file} › body line ${at} link:`);
  });
});

describe('links made in code', () => {
  const routes = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/', ['locator-map', 'bmw-investment']);

  it('point at the chart’s embed page, oEmbed record and files', () => {
    expect(routes.embed('locator-map')).toBe('/sub/de/embed/locator-map/');
    expect(routes.oembed('locator-map')).toBe('/sub/de/embed/locator-map/oembed.json');
    expect(routes.chartImage('locator-map', 'svg')).toBe('/sub/de/data/locator-map.svg');
    expect(routes.chartImage('locator-map', 'png')).toBe('/sub/de/data/locator-map.png');
  });

  it('stop on an id that is not one of the story’s charts, naming the charts there are', () => {
    expect(() => routes.embed('locater-map')).toThrow(RouteError);
    expect(() => routes.chartImage('locater-map', 'png')).toThrow(
      'chart PNG link: "locater-map" is not a chart of the story (charts.yaml); the story\'s charts are locator-map, bmw-investment',
    );
    const noCharts = createRoutes({ site: 'https://example.org', base: '/' });
    expect(() => noCharts.chartCsv('locator-map')).toThrow('the story has no charts');
  });
});
