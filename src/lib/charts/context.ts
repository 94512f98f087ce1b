/**
 * What a chart's layout and words are handed: the fact book, the edition's
 * formatter and the chart's own words in the edition's language. Charts read
 * every number and every word from here, so one definition draws the chart in
 * any language. Knows nothing about Astro.
 */
import { factText, factValueText, type FactBook } from '../story/facts.ts';
import type { Formatter, NumberStyle } from '../text/format.ts';
import { fill } from '../text/fill.ts';

/** A chart's inputs for one edition. */
export interface ChartContext {
  /** All facts, derived values computed. */
  facts: FactBook;
  /** The edition's formatter. */
  fmt: Formatter;
  /** This chart's words (src/i18n/*.ts › charts.{id}). */
  words: Readonly<Record<string, string>>;
  /** The sixteen winds in the edition's language, north first, clockwise. */
  compass: readonly string[];
  /** Country names by Natural Earth name; missing names are shown as Natural Earth writes them. */
  countries: Readonly<Record<string, string>>;
}

/** Helpers on a context: a fact as text, its number alone, a word filled in. */
export function chartHelpers(ctx: ChartContext) {
  return {
    /** The fact with its unit: "20 billion yuan". */
    fact: (id: string, style?: NumberStyle) => factText(ctx.facts, id, ctx.fmt, style),
    /** The fact's number alone: "20 billion". */
    value: (id: string, style?: NumberStyle) => factValueText(ctx.facts, id, ctx.fmt, style),
    /** One of the chart's words, placeholders filled. */
    say: (key: string, vars: Record<string, string | number> = {}) => {
      const template = ctx.words[key];
      if (template === undefined) throw new Error(`chart words: no "${key}"`);
      return fill(template, vars);
    },
  };
}
