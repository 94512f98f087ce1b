/**
 * What a chart's layout and words are handed: the chart's id and the fact in
 * each of its type's roles, the fact book, the edition's formatter and the
 * chart's own words in the edition's language. Charts read every number and
 * every word from here, so one type draws any chart of its kind in any
 * language. Knows nothing about Astro.
 */
import { factText, factValueText, type FactBook } from '../story/facts.ts';
import type { Formatter, NumberStyle } from '../text/format.ts';
import { fill } from '../text/fill.ts';

/** A chart's inputs for one edition. */
export interface ChartContext {
  /** The chart's id, for error messages. */
  id: string;
  /** The fact id in each of the chart's roles (its entry in charts.yaml). */
  roles: Readonly<Record<string, string>>;
  /** All facts, derived values computed. */
  facts: FactBook;
  /** The edition's formatter. */
  fmt: Formatter;
  /** This chart's words in the edition's language (charts.yaml › words, or the edition's charts.yaml). */
  words: Readonly<Record<string, string>>;
  /** The sixteen winds in the edition's language, north first, clockwise. */
  compass: readonly string[];
  /** Country names by Natural Earth name; missing names are shown as Natural Earth writes them. */
  countries: Readonly<Record<string, string>>;
}

/** The fact id in one of the chart's roles. */
export function roleFact(ctx: ChartContext, role: string): string {
  const id = ctx.roles[role];
  if (id === undefined) throw new Error(`${ctx.id}: no fact in the role "${role}"`);
  return id;
}

/** Helpers on a context: a role's fact as text, its number alone, a word filled in. */
export function chartHelpers(ctx: ChartContext) {
  return {
    /** The fact in a role, with its unit: "20 billion yuan". */
    fact: (role: string, style?: NumberStyle) => factText(ctx.facts, roleFact(ctx, role), ctx.fmt, style),
    /** The number alone of the fact in a role: "20 billion". */
    value: (role: string, style?: NumberStyle) => factValueText(ctx.facts, roleFact(ctx, role), ctx.fmt, style),
    /** One of the chart's words, placeholders filled. */
    say: (key: string, vars: Record<string, string | number> = {}) => {
      const template = ctx.words[key];
      if (template === undefined) throw new Error(`${ctx.id}: the chart's words have no "${key}"`);
      return fill(template, vars);
    },
  };
}
