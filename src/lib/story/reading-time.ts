/**
 * Reading time, computed from the text a reader actually reads.
 *
 * Turns an MDX section body (its tree, see `mdx-tree.ts`) into plain words
 * (facts and names filled in by the caller's lookups, charts counted apart),
 * counts the words, and turns words and charts into whole minutes. Pure: it
 * knows nothing about Astro, files or the fact book's shape; the page hands it
 * lookups.
 */
import { mdxElements, mdxTree, plainText, type MdxTree } from '../content/mdx-tree.ts';

/** Words a minute for an adult reading explanatory prose on screen. */
export const WORDS_PER_MINUTE = 230;

/** Seconds a reader spends on one chart: looking at it, not reading its table. */
const SECONDS_PER_CHART = 12;

/** Lookups that turn a self-closing component into the words it shows. */
interface ReadingLookups {
  /** The words a `<Fact id>` shows: "20 billion yuan". */
  fact: (id: string) => string;
  /** The words a `<Who id>` shows when it has no children: "Du Yue". */
  who: (id: string) => string;
  /** The words a `<Quote id>` shows; without it a quotation counts no words. */
  quote?: (id: string) => string;
}

/** What a reader has to get through. */
interface ReadingLoad {
  /** Words of running text. */
  words: number;
  /** Charts to look at. */
  charts: number;
}

/** Counts words: runs of text holding at least one letter or digit ("—" and "·" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Counts what a reading speed is measured in: words, or for Chinese (written
 * without spaces) characters — each Chinese character, plus each run of other
 * letters or digits ("BMW", "2024") as one.
 */
export function countReadingUnits(text: string, unit: 'words' | 'characters'): number {
  if (unit === 'words') return countWords(text);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const other = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return han + other;
}

/** Minutes to read a story's sections in a language: its words (or characters) at that language's speed, and its charts. */
export function storyReadingMinutes(
  trees: readonly MdxTree[],
  lookups: ReadingLookups,
  reading: { unit: 'words' | 'characters'; perMinute: number },
): number {
  return readingMinutes(
    {
      words: trees.reduce((total, tree) => total + countReadingUnits(mdxReadingText(tree, lookups), reading.unit), 0),
      charts: trees.reduce((total, tree) => total + countCharts(tree), 0),
    },
    { wordsPerMinute: reading.perMinute },
  );
}

/** Number of `<Chart … />` components in an MDX body. */
export function countCharts(body: MdxTree | string): number {
  return mdxElements(mdxTree(body), 'Chart').length;
}

/**
 * The words of an MDX body as a reader sees them (read from its tree): imports,
 * comments and charts dropped, `<Fact>`, `<Quote>` and self-closing `<Who>`
 * replaced by their words, other components' children kept, Markdown markers
 * removed.
 */
export function mdxReadingText(body: MdxTree | string, lookups: ReadingLookups): string {
  return plainText(mdxTree(body), ({ name, attributes, empty }) => {
    const id = attributes.id ?? '';
    if (name === 'Chart') return '';
    if (name === 'Fact') return lookups.fact(id);
    if (name === 'Who' && empty) return lookups.who(id);
    if (name === 'Quote' && empty) return lookups.quote?.(id) ?? '';
    return undefined;
  });
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
