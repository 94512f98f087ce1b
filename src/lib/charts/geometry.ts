/**
 * Plain geometry shared by every chart layout: sizes, text boxes, rounding and
 * input checks.
 *
 * Layouts return only numbers and strings built with these helpers, so a chart
 * can be tested without a browser. This module knows nothing about Astro, the
 * DOM, CSS colours or where the numbers come from.
 */
import { breakTokens } from '../text/phrases.ts';

/** The space a chart is laid out in, in SVG user units. */
export interface ChartSize {
  /** Width of the viewBox. */
  width: number;
  /** Height of the viewBox. */
  height: number;
}

/** An axis-aligned rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a label is anchored horizontally at its x. */
export type Anchor = 'start' | 'middle' | 'end';

/** One piece of text in a chart, with the box it occupies. */
export interface Label {
  /** The words shown. */
  text: string;
  /** Anchor point, x. */
  x: number;
  /** Baseline, y. */
  y: number;
  /** Which end of the text sits at x. */
  anchor: Anchor;
  /** Font size in user units. */
  size: number;
  /** Emphasis: `strong` for values, `muted` for axes and notes. */
  tone: 'strong' | 'normal' | 'muted';
  /** The space the text takes, estimated generously; used to keep labels apart. */
  box: Box;
}

/** Thrown when a chart is asked to draw something it cannot: a missing or negative value, a zero size. */
export class ChartInputError extends Error {
  override name = 'ChartInputError';
}

/** Rounds to `places` decimals so output (and tests) stay stable and small. */
export function round(value: number, places = 1): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Characters set on a full em square: Chinese and Japanese characters and full-width punctuation. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Punctuation that may not open a line (Chinese line-breaking rules, as CSS `line-break: strict`). */
const NO_LINE_START = /^[，。、：；！？）」』”’％》〉…—]$/u;

/**
 * Advance widths in em, on the wide side of common sans-serif faces (DejaVu
 * Sans is the widest we met). Over-estimating only spaces labels more.
 */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1.0;
  if (/[ilj.,:;'|!()[\]]/.test(char)) return 0.36;
  if (char === ' ' || /[frt]/.test(char)) return 0.44;
  if (/[mwMW]/.test(char)) return 1.0;
  if (/[A-Z&]/.test(char)) return 0.76;
  if (/[0-9]/.test(char)) return 0.64;
  return 0.62;
}

/** Estimated width of a line of text at a font size. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * size;
}

/** Makes a label and its box; the box runs from the ascender to below the baseline. */
export function makeLabel(
  text: string,
  x: number,
  y: number,
  size: number,
  options: { anchor?: Anchor; tone?: Label['tone'] } = {},
): Label {
  const anchor = options.anchor ?? 'start';
  const width = textWidth(text, size);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    text,
    x: round(x),
    y: round(y),
    anchor,
    size,
    tone: options.tone ?? 'normal',
    box: { x: round(left), y: round(y - size * 0.95), width: round(width), height: round(size * 1.2) },
  };
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of labels whose boxes overlap, as readable strings (empty when none do). */
export function labelOverlaps(labels: readonly Label[]): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (boxesOverlap(a.box, b.box)) found.push(`"${a.text}" × "${b.text}"`);
  });
  return found;
}

/** True when a box lies wholly inside the chart. */
export function insideChart(box: Box, size: ChartSize): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/**
 * Font size for a layout width. The page draws each chart once at 320 units and
 * shows it from 288 px up (a 320 px screen less page margins), so 14 units never
 * render under 12 px; layouts from 480 units up, shown no narrower than their
 * width, get 15.
 */
export function textSizeFor(width: number): number {
  return width < 480 ? 14 : 15;
}

/** Checks the size a chart is asked to fill. */
export function checkSize(size: ChartSize, chart: string): void {
  for (const side of ['width', 'height'] as const) {
    if (!Number.isFinite(size[side]) || size[side] <= 0) {
      throw new ChartInputError(`${chart}: ${side} must be a positive number, got ${size[side]}`);
    }
  }
}

/** Checks that a value a chart draws is a positive, finite number, naming the fact if not. */
export function positiveValue(value: number, factId: string, chart: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ChartInputError(`${chart}: fact "${factId}" must be a positive number to draw, got ${value}`);
  }
  return value;
}

/** Checks a count: a positive whole number. */
export function positiveCount(value: number, factId: string, chart: string): number {
  positiveValue(value, factId, chart);
  if (!Number.isInteger(value)) {
    throw new ChartInputError(`${chart}: fact "${factId}" must be a whole number of units, got ${value}`);
  }
  return value;
}

/** Breaks text into lines no wider than `maxWidth` and makes one label per line. */
export function makeLines(
  text: string,
  x: number,
  y: number,
  size: number,
  maxWidth: number,
  options: { anchor?: Anchor; tone?: Label['tone'] } = {},
): Label[] {
  // Lines break at spaces, and in Chinese (written without them) between BudouX phrases, never inside a word.
  const tokens = breakTokens(text);
  const lines: string[] = [];
  let spaced = false;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      spaced = true;
      continue;
    }
    const last = lines.at(-1);
    const joined = `${last}${spaced ? ' ' : ''}${token}`;
    if (last !== undefined && (textWidth(joined, size) <= maxWidth || NO_LINE_START.test(token.charAt(0))))
      lines[lines.length - 1] = joined;
    else lines.push(token);
    spaced = false;
  }
  return lines.map((line, i) => makeLabel(line, x, y + i * lineHeight(size), size, options));
}

/** Distance between baselines of wrapped lines. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.3);
}
