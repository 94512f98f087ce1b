/**
 * The pseudo-locale, for one test: every UI string and every value the
 * formatter writes comes out wrapped in ⟦ ⟧, so a page built with it shows at
 * a glance (and to a test) any word or number that bypassed `t` or `fmt`.
 * Switched on by `PSEUDO_LOCALE=1` at build time; never in a real build.
 */
import type { Formatter } from '../lib/text/format.ts';
import type { UiStrings } from './schema.ts';

/** True when the build was asked for the pseudo-locale. */
export const PSEUDO = typeof process !== 'undefined' && process.env.PSEUDO_LOCALE === '1';

const wrap = (text: string) => `⟦${text}⟧`;

function wrapAll<T>(value: T): T {
  if (typeof value === 'string') return wrap(value) as T;
  if (Array.isArray(value)) return value.map(wrapAll) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wrapAll(inner)])) as T;
  }
  return value;
}

/** Every UI string wrapped; the formatting rules left alone (the formatter is wrapped instead). */
export function pseudoStrings(t: UiStrings): UiStrings {
  const { format, ...words } = t;
  return { format, ...wrapAll(words) };
}

/** A formatter whose every written value is wrapped. */
export function pseudoFormatter(fmt: Formatter): Formatter {
  return {
    ...fmt,
    number: (...args) => wrap(fmt.number(...args)),
    range: (...args) => wrap(fmt.range(...args)),
    value: (...args) => wrap(fmt.value(...args)),
    amount: (...args) => wrap(fmt.amount(...args)),
    unit: (...args) => wrap(fmt.unit(...args)),
    date: (...args) => wrap(fmt.date(...args)),
    coordinates: (...args) => wrap(fmt.coordinates(...args)),
    paragraph: (...args) => wrap(fmt.paragraph(...args)),
    // The scale word a chart's axis title fills in ("{scale} yuan"): a word of the edition's rules.
    scale: (...args) => {
      const scale = fmt.scale(...args);
      return scale.word ? { ...scale, word: wrap(scale.word) } : scale;
    },
  };
}
