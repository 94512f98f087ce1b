/**
 * How fact values read in prose, tables, charts and share cards.
 *
 * One place decides that 20000000000 reads "20 billion" and that a range reads
 * "25–26". It knows nothing about where a fact came from or how it is stored.
 */
import type { Coordinates, FactValue, Range } from './schema.ts';

const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const SCALE_WORDS: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Options for writing a number. */
export interface NumberStyle {
  /** Decimal places; negative rounds to tens (-1) or hundreds (-2). Default: as written, up to 2. */
  decimals?: number;
  /** Spell whole numbers from zero to ten as words ("four"). */
  words?: boolean;
}

/** Rounds a number to `decimals` places (negative: to tens, hundreds, …). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function grouped(value: number, decimals: number | undefined): string {
  const places = decimals === undefined ? undefined : Math.max(0, decimals);
  return value.toLocaleString('en-US', {
    minimumFractionDigits: places ?? 0,
    maximumFractionDigits: places ?? 2,
  });
}

/** Writes a number for readers: "20 billion", "2.82 billion", "40,075", "7.09", "four". */
export function formatNumber(value: number, style: NumberStyle = {}): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber: ${value} is not a finite number`);
  const rounded = style.decimals === undefined ? value : roundTo(value, style.decimals);
  if (style.words && Number.isInteger(rounded) && rounded >= 0 && rounded <= 10) {
    return SMALL_NUMBER_WORDS[rounded] ?? String(rounded);
  }
  for (const [scale, word] of SCALE_WORDS) {
    if (Math.abs(rounded) >= scale) {
      return `${grouped(rounded / scale, style.decimals === undefined || style.decimals < 0 ? undefined : style.decimals)} ${word}`;
    }
  }
  return grouped(rounded, style.decimals);
}

/** Writes a range with an en dash: "25–26". */
export function formatRange(range: Range, style: NumberStyle = {}): string {
  return `${formatNumber(range.min, style)}–${formatNumber(range.max, style)}`;
}

/** Writes a point as "41.80° N, 123.43° E". */
export function formatCoordinates(point: Coordinates): string {
  const lat = `${Math.abs(point.lat).toFixed(2)}° ${point.lat >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(point.lon).toFixed(2)}° ${point.lon >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}

/** True when a value is a `{min, max}` range. */
export function isRange(value: FactValue): value is Range {
  return typeof value === 'object' && 'min' in value;
}

/** True when a value is a `{lat, lon}` point. */
export function isCoordinates(value: FactValue): value is Coordinates {
  return typeof value === 'object' && 'lat' in value;
}

/** Writes any fact value without its unit. Years are never grouped ("2024", not "2,024"). */
export function formatValue(value: FactValue, style: NumberStyle = {}, kind?: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return kind === 'year' ? String(value) : formatNumber(value, style);
  if (isRange(value)) return formatRange(value, style);
  return formatCoordinates(value);
}

/** Writes a value with its unit: "20 billion yuan", "25–26 orders a day". */
export function formatWithUnit(value: FactValue, unit: string, style: NumberStyle = {}, kind?: string): string {
  const text = formatValue(value, style, kind);
  return unit && typeof value !== 'string' && !isCoordinates(value) ? `${text} ${unit}` : text;
}

/**
 * Every way the report might write a number: digits, grouped digits, a scale
 * word ("3 million") or a small-number word ("four"). Used to check that a
 * fact's number really stands in its evidence quote.
 */
export function numberSpellings(value: number): string[] {
  const spellings = new Set<string>([String(value), value.toLocaleString('en-US')]);
  for (const [scale, word] of SCALE_WORDS) {
    if (Math.abs(value) >= scale) spellings.add(`${+(value / scale).toFixed(6)} ${word}`);
  }
  if (Number.isInteger(value) && value >= 0 && value <= 10) spellings.add(SMALL_NUMBER_WORDS[value] ?? '');
  return [...spellings].filter(Boolean);
}
