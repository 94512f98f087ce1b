/**
 * Reading time, computed from the text a reader actually reads.
 *
 * Turns an MDX section body into plain words (facts and names filled in by
 * the caller's lookups, charts counted apart), counts the words, and turns
 * words and charts into whole minutes. Pure: it knows nothing about Astro,
 * files or the fact book's shape; the page hands it lookups.
 */

/** Words a minute for an adult reading explanatory prose on screen. */
export const WORDS_PER_MINUTE = 230;

/** Seconds a reader spends on one chart: looking at it, not reading its table. */
export const SECONDS_PER_CHART = 12;

/** Lookups that turn a self-closing component into the words it shows. */
export interface ReadingLookups {
  /** The words a `<Fact id>` shows: "20 billion yuan". */
  fact: (id: string) => string;
  /** The words a `<Who id>` shows when it has no children: "Du Yue". */
  who: (id: string) => string;
}

/** What a reader has to get through. */
export interface ReadingLoad {
  /** Words of running text. */
  words: number;
  /** Charts to look at. */
  charts: number;
}

/** Counts words: runs of text holding at least one letter or digit ("—" and "·" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Number of `<Chart … />` components in an MDX body. */
export function countCharts(body: string): number {
  return [...body.matchAll(/<Chart\b/g)].length;
}

/**
 * The words of an MDX body as a reader sees them: imports, comments and
 * charts dropped, `<Fact>` and self-closing `<Who>` replaced by their words,
 * other tags removed with their children kept, Markdown markers removed.
 */
export function mdxReadingText(body: string, lookups: ReadingLookups): string {
  const idOf = (attributes: string) => /\bid=["']([^"']*)["']/.exec(attributes)?.[1] ?? '';
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<Chart\b[^>]*\/>/g, ' ')
    .replace(/<Fact\b([^>]*)\/>/g, (_, attributes: string) => ` ${lookups.fact(idOf(attributes))} `)
    .replace(/<Who\b([^>]*)\/>/g, (_, attributes: string) => ` ${lookups.who(idOf(attributes))} `)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/^\s*(?:[-*+]|\d+\.|#{1,6})\s+/gm, '')
    .replace(/[*_`]+/g, '');
}

/** Whole minutes to read a load, rounded up, never less than one. */
export function readingMinutes(
  load: ReadingLoad,
  { wordsPerMinute = WORDS_PER_MINUTE, secondsPerChart = SECONDS_PER_CHART } = {},
): number {
  if (!(wordsPerMinute > 0))
    throw new RangeError(`readingMinutes: wordsPerMinute must be positive, got ${wordsPerMinute}`);
  const seconds = (load.words / wordsPerMinute) * 60 + load.charts * secondsPerChart;
  return Math.max(1, Math.ceil(seconds / 60));
}

/** The reading time as shown in the header: "6 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
