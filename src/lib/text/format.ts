/**
 * How values read for one language: numbers, ranges, amounts with units,
 * dates, coordinates. One formatter per edition, made from the edition's
 * `format` rules (src/i18n/*.ts) with `Intl` at build time: prose, chart
 * ticks and labels, tables, share cards and exports all write values through
 * it. It knows nothing about facts, files or pages.
 */
import type { Coordinates, FactValue, Range } from '../content/schema.ts';
import type { UiStrings } from '../../i18n/schema.ts';

/** The `format` rules of an edition's UI strings. */
type FormatRules = UiStrings['format'];

/** Options for writing a number. */
export interface NumberStyle {
  /** Decimal places; negative rounds to tens (-1) or hundreds (-2). Default: as written, up to 2. */
  decimals?: number;
  /** Spell whole numbers from zero to ten (or as far as the language has words) as words ("four"). */
  words?: boolean;
  /** In running text: whole numbers up to the language's `proseWordsUpTo` are spelled out (German: to twelve). */
  prose?: boolean;
}

/** Writes values for one language. */
export interface Formatter {
  /** The edition's BCP 47 number locale. */
  readonly locale: string;
  /** "20 billion", "2.82 billion", "40,075", "7.09", "four" (en); "20 Mrd." (de); "200亿" (zh). */
  number(value: number, style?: NumberStyle): string;
  /** "25–26". */
  range(range: Range, style?: NumberStyle): string;
  /** Any fact value without its unit; years are never grouped. */
  value(value: FactValue, style?: NumberStyle, kind?: string): string;
  /** A value with its unit in this language: "20 billion yuan", "25–26 orders a day". */
  amount(value: FactValue, unit: string, style?: NumberStyle, kind?: string): string;
  /** A unit word in this language. */
  unit(unit: string): string;
  /** "2024-05-17" → "17 May 2024". */
  date(isoDate: string): string;
  /** "41.80° N, 123.43° E". */
  coordinates(point: Coordinates): string;
  /** A paragraph of the report: "¶8". */
  paragraph(n: number): string;
  /** Sorts names for this language. */
  compare(a: string, b: string): number;
  /** A text value as it reads inside a sentence: "late April 2024" in English, unchanged in German. */
  midSentence(text: string): string;
  /** The scale a value is written in: 2e10 → divide by 1e9, "billion" (en), 1e8, "亿" (zh); small values: 1, "". */
  scale(value: number): { divisor: number; word: string };
}

/** Rounds a number to `decimals` places (negative: to tens, hundreds, …). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** True when a value is a `{min, max}` range. */
export function isRange(value: FactValue): value is Range {
  return typeof value === 'object' && 'min' in value;
}

/** True when a value is a `{lat, lon}` point. */
export function isCoordinates(value: FactValue): value is Coordinates {
  return typeof value === 'object' && 'lat' in value;
}

/** A number in an edition's rules: small numbers in words where asked, large ones with a scale word. */
function numberWith(rules: FormatRules): Formatter['number'] {
  // One Intl.NumberFormat per number of places, made once (toLocaleString with options makes one per call).
  const formats = new Map<number | undefined, Intl.NumberFormat>();
  const grouped = (value: number, decimals: number | undefined): string => {
    const places = decimals === undefined ? undefined : Math.max(0, decimals);
    let format = formats.get(places);
    if (!format) {
      format = new Intl.NumberFormat(rules.numberLocale, {
        minimumFractionDigits: places ?? 0,
        maximumFractionDigits: places ?? 2,
      });
      formats.set(places, format);
    }
    return format.format(value);
  };
  return (value: number, style: NumberStyle = {}): string => {
    if (!Number.isFinite(value)) throw new Error(`format: ${value} is not a finite number`);
    const rounded = style.decimals === undefined ? value : roundTo(value, style.decimals);
    const wordsUpTo = style.words ? rules.smallNumbers.length - 1 : style.prose ? rules.proseWordsUpTo : -1;
    if (Number.isInteger(rounded) && rounded >= 0 && rounded <= wordsUpTo) {
      const word = rules.smallNumbers[rounded];
      if (word === undefined) throw new Error(`format: no word for ${rounded} in smallNumbers`);
      return word;
    }
    for (const scale of rules.scales) {
      if (Math.abs(rounded) >= scale.from) {
        const decimals = style.decimals === undefined || style.decimals < 0 ? undefined : style.decimals;
        return `${grouped(rounded / scale.divisor, decimals)}${rules.scaleJoiner}${scale.word}`;
      }
    }
    return grouped(rounded, style.decimals);
  };
}

/** A point in an edition's rules: degrees to two places, hemisphere words. */
function coordinatesWith(rules: FormatRules): Formatter['coordinates'] {
  const twoPlaces = new Intl.NumberFormat(rules.numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const degrees = (v: number) => twoPlaces.format(Math.abs(v));
  const one = (v: number, hemisphere: string) =>
    rules.coordinate.replace('{value}', degrees(v)).replace('{hemisphere}', hemisphere);
  return (point: Coordinates) => {
    const lat = one(point.lat, point.lat >= 0 ? rules.north : rules.south);
    const lon = one(point.lon, point.lon >= 0 ? rules.east : rules.west);
    return `${lat}${rules.coordinateSeparator}${lon}`;
  };
}

/** A YYYY-MM-DD date written out in an edition's rules. */
function dateWith(rules: FormatRules): Formatter['date'] {
  const dates = new Intl.DateTimeFormat(rules.dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (isoDate) => {
    const date = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`format: "${isoDate}" is not a YYYY-MM-DD date`);
    const text = dates.format(date);
    return rules.nbspInDates ? text.replace(/ /g, '\u00a0') : text;
  };
}

/** Makes the formatter for an edition's rules. */
export function createFormatter(rules: FormatRules): Formatter {
  const collator = new Intl.Collator(rules.compareLocale);
  const unit = (word: string) => rules.units[word] ?? word;
  const number = numberWith(rules);
  const range = (r: Range, style: NumberStyle = {}) =>
    `${number(r.min, style)}${rules.rangeDash}${number(r.max, style)}`;
  const coordinates = coordinatesWith(rules);
  const value = (v: FactValue, style: NumberStyle = {}, kind?: string): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return kind === 'year' ? String(v) : number(v, style);
    if (isRange(v)) return range(v, style);
    return coordinates(v);
  };
  return {
    locale: rules.numberLocale,
    number,
    range,
    value,
    amount(v, unitWord, style = {}, kind) {
      const text = value(v, style, kind);
      if (!unitWord || typeof v === 'string' || isCoordinates(v)) return text;
      // A template writes the whole amount where number + unit reads wrong: "1美元约合{value}元人民币".
      const template = rules.amountTemplates[unitWord];
      return template ? template.replace('{value}', text) : `${text}${rules.unitJoiner}${unit(unitWord)}`;
    },
    unit,
    date: dateWith(rules),
    coordinates,
    paragraph: (n) => rules.paragraph.replace('{n}', String(n)),
    compare: (a, b) => collator.compare(a, b),
    scale: (v) => {
      const found = rules.scales.find((scale) => Math.abs(v) >= scale.from);
      return found ? { divisor: found.divisor, word: found.word } : { divisor: 1, word: '' };
    },
    midSentence: (text) => (rules.lowerMidSentence ? text.charAt(0).toLowerCase() + text.slice(1) : text),
  };
}

const SPELLING_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const SPELLING_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Every way the (English) report might write a number: digits, grouped
 * digits, a scale word ("3 million") or a small-number word ("four"). Used to
 * check that a fact's number really stands in its evidence quote.
 */
export function numberSpellings(value: number): string[] {
  const spellings = new Set<string>([String(value), value.toLocaleString('en-US')]);
  for (const [scale, word] of SPELLING_SCALES) {
    if (Math.abs(value) >= scale) spellings.add(`${+(value / scale).toFixed(6)} ${word}`);
  }
  if (Number.isInteger(value) && value >= 0 && value <= 10) spellings.add(SPELLING_WORDS[value] ?? '');
  return [...spellings].filter(Boolean);
}
