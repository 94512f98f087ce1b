/** The chart registry: words read every figure from the facts, tables and CSVs match the facts, every layout is tidy. */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { factText, factValueText, getFact } from '../../../src/lib/facts.ts';
import {
  CHART_FACTS,
  CHART_IDS,
  CHART_SIZES,
  chartCsv,
  chartRows,
  chartText,
  isChartId,
  layoutChart,
} from '../../../src/lib/charts/registry.ts';
import { factsWith, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

const facts = realFacts();

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
    expect(text.source).toMatch(/derived:/);
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

  it('lays a chart out once per fact book and size, and again when either changes', () => {
    const first = layoutChart('bmw-investment', facts, CHART_SIZES['bmw-investment']);
    expect(layoutChart('bmw-investment', facts, { ...CHART_SIZES['bmw-investment'] })).toBe(first);
    expect(layoutChart('bmw-investment', facts, { width: 640, height: 182 })).not.toBe(first);
    const other = factsWith('bmw-shenyang-investment-cny', 30_000_000_000);
    const changed = layoutChart('bmw-investment', other, CHART_SIZES['bmw-investment']);
    expect(changed).not.toBe(first);
    expect(changed.layout.labels.map((l) => l.text)).toContain('30');
  });

  // The page shows each chart from 288 px wide (a 320 px screen less its 1 rem margins).
  it.each(CHART_IDS)('%s: no label would render under 12 px in a 288 px figure', (id) => {
    const { layout } = layoutChart(id, facts, CHART_SIZES[id]);
    const small = layout.labels.filter((label) => (label.size * 288) / layout.width < 12).map((l) => l.text);
    expect(small).toEqual([]);
  });
});
