/**
 * The numbers behind a chart, for its "Show data" table and its CSV download,
 * from the chart's definition: one row per fact, in the order of its type's roles.
 * The CSV spreads values over the same columns as `facts.csv`
 * (`valueColumns`). Knows nothing about Astro.
 */
import { csvFormat } from 'd3';
import { factText, getFact, type FactBook, type ResolvedFact } from '../story/facts.ts';
import { VALUE_COLUMNS, valueColumns } from '../publish/fact-export.ts';
import type { Formatter } from '../text/format.ts';
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { ChartDefinition } from './registry.ts';

/** One row of a chart's data table. */
export interface ChartDataRow {
  /** The fact's id. */
  factId: string;
  /** What the number is. */
  label: string;
  /** The value as the page writes it. */
  display: string;
  /** Where it comes from: "Report ¶8", "Derived: …", "Outside source: …". */
  origin: string;
}

/** Where a fact comes from, in a table cell's few words. */
function originText(fact: ResolvedFact, fmt: Formatter, words: UiStrings['chart']): string {
  if (fact.source) return fill(words.fromReport, { paragraph: fmt.paragraph(fact.source.paragraph) });
  if (fact.derived) return fill(words.derived, { explanation: fact.derived.explanation });
  if (fact.outside) return fill(words.outside, { name: fact.outside.name });
  return '';
}

/** The numbers behind a chart, one row per fact. */
export function chartRows(
  chart: ChartDefinition,
  facts: FactBook,
  fmt: Formatter,
  words: UiStrings['chart'],
): ChartDataRow[] {
  return chart.facts.map((factId) => {
    const fact = getFact(facts, factId);
    return { factId, label: fact.label, display: factText(facts, factId, fmt), origin: originText(fact, fmt, words) };
  });
}

/** Column order of every chart CSV. */
const CHART_CSV_COLUMNS = ['fact_id', 'label', ...VALUE_COLUMNS, 'unit', 'origin', 'provenance'] as const;

/** A chart's numbers as CSV, full precision, one row per fact. */
export function chartCsv(chart: ChartDefinition, facts: FactBook, fmt: Formatter, words: UiStrings['chart']): string {
  const rows = chart.facts.map((factId) => {
    const fact = getFact(facts, factId);
    return {
      fact_id: factId,
      label: fact.label,
      ...valueColumns(fact.value),
      unit: fact.unit,
      origin: fact.origin,
      provenance: originText(fact, fmt, words),
    };
  });
  return `${csvFormat(rows, [...CHART_CSV_COLUMNS])}\n`;
}
