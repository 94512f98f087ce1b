/** The chart definitions: words read every figure from the facts, tables and CSVs match the facts, every layout is tidy. */
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
import { CHART_IDS, CHARTS, isChartId, type ChartId } from '../../../src/lib/charts/definitions.ts';
import { chartContext, fmt, t } from '../english.ts';
import { LOCALE_CODES, uiStrings } from '../../../src/i18n/locales.ts';
import { createFormatter } from '../../../src/lib/text/format.ts';
import { ROOT } from '../content-files.ts';
import { factsWith, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

const facts = realFacts();
const factText = (book: FactBook, id: string) => factTextIn(book, id, fmt);
const factValueText = (book: FactBook, id: string) => factValueTextIn(book, id, fmt);
const CHART_FACTS = Object.fromEntries(CHART_IDS.map((id) => [id, CHARTS[id].facts])) as Record<
  ChartId,
  readonly string[]
>;
const CHART_SIZES = Object.fromEntries(CHART_IDS.map((id) => [id, CHARTS[id].size])) as Record<
  ChartId,
  { width: number; height: number }
>;
const chartText = (id: ChartId, book: FactBook) => CHARTS[id].text(chartContext(book, id));
const chartRows = (id: ChartId, book: FactBook) => rowsOf(CHARTS[id], book, fmt, t.chart);
const chartCsv = (id: ChartId, book: FactBook) => csvOf(CHARTS[id], book, fmt, t.chart);
const layoutChart = (id: ChartId, book: FactBook, size: { width: number; height: number }) => ({
  layout: CHARTS[id].layout(chartContext(book, id), size),
});

describe('chart definitions', () => {
  it('has one definition, one set of words and one marks component per chart id', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(CHARTS[id].id).toBe(id);
    expect(Object.keys(t.charts).sort()).toEqual([...CHART_IDS].sort());
    const marks = readdirSync(join(ROOT, 'src/components/charts/marks')).map((f) => f.replace(/\.astro$/, ''));
    expect(marks.sort()).toEqual([...CHART_IDS].sort());
  });
});

describe('chart words', () => {
  it.each(CHART_IDS)('%s: every figure in the caption, description and source comes from a fact', (id) => {
    const text = chartText(id, facts);
    let words = [text.title, text.takeaway, text.description, text.source].join(' ');
    // Remove everything the fact book wrote, longest first, then paragraph references.
    const written = CHART_FACTS[id]
      .flatMap((factId) => [factText(facts, factId), factValueText(facts, factId)])
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
    const text = chartText('bmw-investment', factsWith('bmw-shenyang-investment-cny', 30_000_000_000));
    expect(text.takeaway).toContain('30 billion yuan');
    expect(text.takeaway).not.toContain(' 20 billion');
  });

  it('knows its ids', () => {
    expect(isChartId('locator-map')).toBe(true);
    expect(isChartId('pie')).toBe(false);
  });
});

describe('chart data', () => {
  it.each(CHART_IDS)('%s: table rows and CSV rows match the fact book', (id) => {
    const rows = chartRows(id, facts);
    expect(rows.map((r) => r.factId)).toEqual([...CHART_FACTS[id]]);
    for (const row of rows) {
      const fact = getFact(facts, row.factId);
      expect(row.display).toBe(factText(facts, row.factId));
      if (fact.derived) expect(row.origin).toMatch(/^Derived: /);
      if (fact.source) expect(row.origin).toBe(`Report ¶${fact.source.paragraph}`);
    }
    const csv = csvParse(chartCsv(id, facts));
    expect(csv.map((r) => r.fact_id)).toEqual([...CHART_FACTS[id]]);
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
    const { layout } = layoutChart(id, facts, CHART_SIZES[id]);
    expectTidyLabels(layout);
  });

  it('lays out again when the facts change', () => {
    const changed = layoutChart(
      'bmw-investment',
      factsWith('bmw-shenyang-investment-cny', 30_000_000_000),
      CHART_SIZES['bmw-investment'],
    );
    expect(changed.layout.labels.map((l) => l.text)).toContain('30');
  });

  // The page shows each chart from 288 px wide (a 320 px screen less its 1 rem margins).
  it.each(CHART_IDS)('%s: no label would render under 12 px in a 288 px figure', (id) => {
    const { layout } = layoutChart(id, facts, CHART_SIZES[id]);
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
        facts,
        fmt: createFormatter(words.format),
        words: words.charts[id],
        compass: words.compass,
        countries: words.countries,
      };
      const layout = CHARTS[id].layout(ctx, CHARTS[id].size);
      expectTidyLabels(layout);
      expect(layout.labels.filter((label) => (label.size * 288) / layout.width < 12)).toEqual([]);
      const text = CHARTS[id].text(ctx);
      expect(text.title.length).toBeGreaterThan(3);
    },
  );
});
