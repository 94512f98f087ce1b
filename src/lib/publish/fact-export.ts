/**
 * The fact book as downloadable data: records for `facts.json` and rows for
 * `facts.csv`. Both are made from the same records, so the two files always
 * agree with each other and with the page. Knows nothing about Astro.
 */
import { csvFormat } from 'd3';
import type { FactBook, ResolvedFact } from '../story/facts.ts';
import { isCoordinates, isRange, type Formatter } from '../text/format.ts';
import type { Correction } from '../content/schema.ts';

/** One fact as published in `facts.json`. */
export interface FactRecord {
  id: string;
  label: string;
  value: ResolvedFact['value'];
  /** The value as the site writes it ("20 billion yuan"). */
  display: string;
  unit: string;
  kind: string;
  origin: ResolvedFact['origin'];
  claimedBy?: string;
  claimType?: string;
  source?: { paragraph: number; quote: string };
  derived?: { inputs: string[]; formula: string; explanation: string };
  outside?: { name: string; url: string };
  /**
   * Earlier published labels or values, oldest first, with the date, id and
   * summary (in the edition's language) of the correction that changed them.
   * The earlier `label` is English words, so only the English edition gives it.
   */
  history?: { date: string; correction: string; summary: string; label?: string; value?: ResolvedFact['value'] }[];
}

/** Options of `factRecords`. */
interface FactRecordOptions {
  /** Give each history entry its earlier label (English words: the English edition only). */
  earlierLabels?: boolean;
}

/**
 * The facts in file order, as published records, labels and unit words in the
 * edition's language; `corrections` (the edition's) date and summarise each
 * fact's history: a history entry naming a correction not among them is an error.
 */
export function factRecords(
  book: FactBook,
  fmt: Formatter,
  corrections: readonly Correction[] = [],
  { earlierLabels = true }: FactRecordOptions = {},
): FactRecord[] {
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const correctionOf = (factId: string, id: string) => {
    const correction = byId.get(id);
    if (!correction) throw new Error(`facts[${factId}].history: the correction "${id}" is not published`);
    return correction;
  };
  return [...book.values()].map((fact) => ({
    id: fact.id,
    label: fact.label,
    value: fact.value,
    display: fmt.amount(fact.value, fact.unit, { decimals: fact.decimals }, fact.kind),
    unit: fmt.unit(fact.unit),
    kind: fact.kind,
    origin: fact.origin,
    ...(fact.claimedBy ? { claimedBy: fact.claimedBy } : {}),
    ...(fact.claimType ? { claimType: fact.claimType } : {}),
    ...(fact.source ? { source: fact.source } : {}),
    ...(fact.derived ? { derived: fact.derived } : {}),
    ...(fact.outside ? { outside: fact.outside } : {}),
    ...(fact.history
      ? {
          history: fact.history.map((revision) => ({
            date: correctionOf(fact.id, revision.correction).date,
            correction: revision.correction,
            summary: correctionOf(fact.id, revision.correction).summary,
            ...(earlierLabels && revision.label !== undefined ? { label: revision.label } : {}),
            ...(revision.value !== undefined ? { value: revision.value } : {}),
          })),
        }
      : {}),
  }));
}

/** A value spread over CSV columns: a number or text in `value`, a range in `value_min`/`value_max`, a point in `lat`/`lon`. */
export function valueColumns(v: ResolvedFact['value']): Record<(typeof VALUE_COLUMNS)[number], string> {
  return {
    value: typeof v === 'number' || typeof v === 'string' ? String(v) : '',
    value_min: typeof v === 'object' && isRange(v) ? String(v.min) : '',
    value_max: typeof v === 'object' && isRange(v) ? String(v.max) : '',
    lat: typeof v === 'object' && isCoordinates(v) ? String(v.lat) : '',
    lon: typeof v === 'object' && isCoordinates(v) ? String(v.lon) : '',
  };
}

/** The columns `valueColumns` fills, in order: every CSV spreads a value over these. */
export const VALUE_COLUMNS = ['value', 'value_min', 'value_max', 'lat', 'lon'] as const;

/** Column order of `facts.csv`. */
const FACT_CSV_COLUMNS = [
  'id',
  'label',
  ...VALUE_COLUMNS,
  'display',
  'unit',
  'kind',
  'origin',
  'claimed_by',
  'claim_type',
  'paragraph',
  'quote',
  'derived_inputs',
  'formula',
  'outside_source',
  'outside_url',
] as const;

/** The facts as CSV text, one row per fact, columns as `FACT_CSV_COLUMNS`. */
export function factsCsv(book: FactBook, fmt: Formatter, corrections: readonly Correction[] = []): string {
  const rows = factRecords(book, fmt, corrections, { earlierLabels: false }).map((r) => {
    return {
      id: r.id,
      label: r.label,
      ...valueColumns(r.value),
      display: r.display,
      unit: r.unit,
      kind: r.kind,
      origin: r.origin,
      claimed_by: r.claimedBy ?? '',
      claim_type: r.claimType ?? '',
      paragraph: r.source ? String(r.source.paragraph) : '',
      quote: r.source?.quote ?? '',
      derived_inputs: r.derived?.inputs.join(' ') ?? '',
      formula: r.derived?.formula ?? '',
      outside_source: r.outside?.name ?? '',
      outside_url: r.outside?.url ?? '',
    };
  });
  return `${csvFormat(rows, [...FACT_CSV_COLUMNS])}\n`;
}
