/**
 * The chart types and the story's charts (content/charts.yaml): one layout, one text and one marks
 * component per type; the words read every figure from the facts, tables and CSVs match the facts,
 * every layout is tidy, in every edition.
 */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  factText as factTextIn,
  factValueText as factValueTextIn,
  getFact,
  type FactBook,
} from '../../../src/lib/story/facts.ts';
import { chartCsv as csvOf, chartRows as rowsOf } from '../../../src/lib/charts/data.ts';
import { CHART_TYPE_SPECS } from '../../../src/lib/charts/chart-types.ts';
import {
  chartDefinition,
  chartText as textOf,
  CHART_TYPES,
  chartType,
  ChartDefinitionError,
  layoutChart as layoutOf,
} from '../../../src/lib/charts/registry.ts';
import { chartContext, fmt, t } from '../english.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, uiStrings } from '../../../src/i18n/locales.ts';
import { EditionChartSchema } from '../../../src/lib/content/schema.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { editionLayout } from '../../../src/lib/content/content-reader.ts';
import { STORY_FILES } from '../../support/story-files.ts';
import { createFormatter } from '../../../src/lib/text/format.ts';
import { ROOT } from '../content-files.ts';
import { factsWith, realFacts, storyCharts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

const facts = realFacts();
const factText = (book: FactBook, id: string) => factTextIn(book, id, fmt);
const factValueText = (book: FactBook, id: string) => factValueTextIn(book, id, fmt);
const CHARTS = new Map(storyCharts().map((chart) => [chart.id, chart]));
const CHART_IDS = [...CHARTS.keys()];
const entry = (id: string) => CHARTS.get(id)!;
const definition = (id: string) => chartDefinition(entry(id));
const chartText = (id: string, book: FactBook) => textOf(definition(id), chartContext(book, entry(id)));
const chartRows = (id: string, book: FactBook) => rowsOf(definition(id), book, fmt, t.chart);
const chartCsv = (id: string, book: FactBook) => csvOf(definition(id), book, fmt, t.chart);
const layoutChart = (id: string, book: FactBook) => ({
  layout: layoutOf(definition(id), chartContext(book, entry(id))),
});
/** The story's first chart of the dual-scale-bar type: the tests that change a fact change its amount. */
const BAR = storyCharts().find((chart) => chart.type === 'dual-scale-bar')!;

/** An edition's words for the story's charts (content/editions/{locale}/charts.yaml), by chart id. */
function editionWords(locale: string): Map<string, Record<string, string>> {
  if (locale === DEFAULT_LOCALE) return new Map(storyCharts().map((chart) => [chart.id, chart.words]));
  const file = join(ROOT, editionLayout(STORY_FILES.editions, locale).charts);
  const records = (parse(readFileSync(file, 'utf8')) as unknown[]).map((r) => EditionChartSchema.parse(r));
  return new Map(records.map((record) => [record.id, record.words]));
}

describe('chart types', () => {
  it('has one spec, one layout and one marks component per type, each under its own name', () => {
    expect(Object.keys(CHART_TYPES).sort()).toEqual(Object.keys(CHART_TYPE_SPECS).sort());
    for (const [name, type] of Object.entries(CHART_TYPES)) expect(type.spec.type).toBe(name);
    const marks = readdirSync(join(ROOT, 'src/components/charts/marks')).map((f) => f.replace(/\.astro$/, ''));
    expect(marks.sort()).toEqual(Object.keys(CHART_TYPES).sort());
  });

  it('resolves a chart against its type: its size, or its own, and its table in the order of the roles', () => {
    const chart = { id: 'x', type: 'dual-scale-bar', facts: { rate: 'r', converted: 'c', amount: 'a' } };
    expect(chartDefinition(chart)).toMatchObject({
      size: CHART_TYPE_SPECS['dual-scale-bar'].size,
      facts: ['a', 'c', 'r'],
    });
    expect(chartDefinition({ ...chart, size: { width: 400, height: 300 } }).size).toEqual({ width: 400, height: 300 });
    // The locator map's cited fact is named in its source line, not shown in its table.
    const map = chartDefinition({
      id: 'm',
      type: 'place-map',
      facts: { from: 'f', to: 't', radius: 'r', distance: 'd', cited: 'c' },
    });
    expect(map.facts).toEqual(['f', 't', 'r', 'd']);
  });

  it('refuses a type that does not exist, and a chart missing a role of its table', () => {
    expect(() => chartType('pie')).toThrow(ChartDefinitionError);
    expect(() => chartType('pie')).toThrow(/"pie" is not a chart type \(unit-count, dual-scale-bar/);
    expect(() => chartDefinition({ id: 'x', type: 'dual-scale-bar', facts: { amount: 'a' } })).toThrow(
      'chart "x": no fact in the role "converted"',
    );
  });
});

describe('chart words', () => {
  it.each(CHART_IDS)('%s: every figure in the caption, description and source comes from a fact', (id) => {
    const text = chartText(id, facts);
    let words = [text.title, text.takeaway, text.description, text.source].join(' ');
    // Remove everything the fact book wrote, longest first, then paragraph references.
    const written = definition(id)
      .facts.flatMap((factId) => [factText(facts, factId), factValueText(facts, factId)])
      .sort((a, b) => b.length - a.length);
    for (const piece of written) words = words.split(piece).join(' ');
    words = words.replace(/¶\d+/g, ' ');
    expect(words).not.toMatch(/\d/);
    expect(text.takeaway).toMatch(/\.$/);
    expect(text.takeaway.split(/\.\s/)).toHaveLength(1);
    expect(text.source).toMatch(/^Source: report ¶\d+/);
    expect(text.source).toMatch(/\bderived\b|our sum/);
  });

  it('changes with the facts', () => {
    const text = chartText(BAR.id, factsWith(BAR.facts.amount!, 30_000_000_000));
    expect(text.takeaway).toContain('30 billion yuan');
    expect(text.takeaway).not.toContain(' 20 billion');
  });
});

describe('chart data', () => {
  it.each(CHART_IDS)('%s: table rows and CSV rows match the fact book', (id) => {
    const rows = chartRows(id, facts);
    expect(rows.map((r) => r.factId)).toEqual([...definition(id).facts]);
    for (const row of rows) {
      const fact = getFact(facts, row.factId);
      expect(row.display).toBe(factText(facts, row.factId));
      if (fact.derived) expect(row.origin).toMatch(/^Derived: /);
      if (fact.source) expect(row.origin).toBe(`Report ¶${fact.source.paragraph}`);
    }
    const csv = csvParse(chartCsv(id, facts));
    expect(csv.map((r) => r.fact_id)).toEqual([...definition(id).facts]);
    for (const row of csv) {
      const value = getFact(facts, row.fact_id!).value;
      if (typeof value === 'number') expect(Number(row.value)).toBe(value);
      else if (typeof value === 'string') expect(row.value).toBe(value);
      else if ('min' in value) expect([Number(row.value_min), Number(row.value_max)]).toEqual([value.min, value.max]);
      else expect([Number(row.lat), Number(row.lon)]).toEqual([value.lat, value.lon]);
    }
  });
});

describe('chart layouts', () => {
  it.each(CHART_IDS)('%s: the layout the page draws keeps its labels apart and inside', (id) => {
    const { layout } = layoutChart(id, facts);
    expectTidyLabels(layout);
  });

  it('lays out again when the facts change', () => {
    const changed = layoutChart(BAR.id, factsWith(BAR.facts.amount!, 30_000_000_000));
    expect(changed.layout.labels.map((l) => l.text)).toContain('30');
  });

  // The page shows each chart from 288 px wide (a 320 px screen less its 1 rem margins).
  it.each(CHART_IDS)('%s: no label would render under 12 px in a 288 px figure', (id) => {
    const { layout } = layoutChart(id, facts);
    const small = layout.labels.filter((label) => (label.size * 288) / layout.width < 12).map((l) => l.text);
    expect(small).toEqual([]);
  });
});

describe('charts in every edition', () => {
  // Each edition lays the charts out with its own words and numbers: Chinese labels are measured
  // a full em a character and wrap between characters, German compounds at spaces.
  it.each(LOCALE_CODES.flatMap((locale) => CHART_IDS.map((id) => [locale, id] as const)))(
    '%s %s: labels stay apart and inside, none under 12 px at 288 px',
    (locale, id) => {
      const words = uiStrings(locale);
      const ctx = {
        id,
        roles: entry(id).facts,
        facts,
        fmt: createFormatter(words.format),
        words: editionWords(locale).get(id)!,
        compass: words.compass,
        countries: words.countries,
      };
      const layout = layoutOf(definition(id), ctx);
      expectTidyLabels(layout);
      expect(layout.labels.filter((label) => (label.size * 288) / layout.width < 12)).toEqual([]);
      const text = textOf(definition(id), ctx);
      expect(text.title.length).toBeGreaterThan(3);
    },
  );
});
