/**
 * The key numbers and who gives each one. Which facts a tile shows, the
 * section it links to and its words are the story's content
 * (`key-numbers.yaml`, and each edition's words in
 * `editions/{locale}/key-numbers.yaml`); this module fills them in for an
 * edition. The key-number tiles under the header and the share cards both read
 * whose figure a number is from here, so the attribution is written once.
 */
import type { EditionKeyNumber, KeyNumber } from '../content/schema.ts';
import { factText, placeholderIds, type FactBook } from './facts.ts';
import type { Formatter } from '../text/format.ts';

/** One tile in an edition: its facts, the section that explains them, and its words with the facts filled in. */
export interface KeyTile {
  /** The tile's id in the content. */
  id: string;
  /** Fact ids of the main values. */
  values: string[];
  /** Fact id of a conversion shown smaller ("about …"). */
  about?: string;
  /** The section the tile links to. */
  section: string;
  /** What the numbers are. */
  caption: string;
  /** Whose figure it is. */
  by: string;
  /** Whose conversion the smaller value is. */
  aboutNote?: string;
  /** The tile's own unit words, by fact id. */
  units: Readonly<Record<string, string>>;
}

/** Matches a `{{fact-id}}` placeholder, as `placeholderIds` reads them. */
const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** A phrase's `{{fact-id}}` placeholders filled in; a value inside the phrase reads as it does mid-sentence. */
function fillPhrase(text: string, facts: FactBook, fmt: Formatter): string {
  return text.replace(PLACEHOLDER, (_, id: string, offset: number) => {
    const value = factText(facts, id, fmt);
    return offset === 0 ? value : fmt.midSentence(value);
  });
}

/** The facts a key number's words name: for the rules. */
export function keyNumberPlaceholders(words: { caption: string; by: string; aboutNote?: string | undefined }) {
  return [words.caption, words.by, words.aboutNote ?? ''].flatMap(placeholderIds);
}

/**
 * The tiles in an edition: the English records' facts and sections, with the edition's words where it
 * gives them (`words`, by id; the edition rules make sure every tile has them).
 */
export function editionKeyTiles(
  records: readonly KeyNumber[],
  words: readonly EditionKeyNumber[] | undefined,
  facts: FactBook,
  fmt: Formatter,
): KeyTile[] {
  const byId = new Map(words?.map((w) => [w.id, w]));
  return records.map((record) => {
    const own = byId.get(record.id);
    if (words && !own) throw new Error(`key numbers: the edition gives no words for "${record.id}"`);
    const text = own ?? record;
    return {
      id: record.id,
      values: record.facts,
      ...(record.about ? { about: record.about } : {}),
      section: record.section,
      caption: fillPhrase(text.caption, facts, fmt),
      by: fillPhrase(text.by, facts, fmt),
      ...(text.aboutNote ? { aboutNote: fillPhrase(text.aboutNote, facts, fmt) } : {}),
      units: text.units,
    };
  });
}

/** Who gives a fact's figure, as its key-number tile says it; undefined when no tile shows the fact as a main value. */
export function figureBy(factId: string, tiles: readonly KeyTile[]): string | undefined {
  return tiles.find((candidate) => candidate.values.includes(factId))?.by;
}

/** A figure with whose it is, for text such as a share image's alt text: "20 billion yuan (BMW’s figure, …)". */
export function withFigureBy(figure: string, by: string | undefined): string {
  return by ? `${figure} (${by})` : figure;
}
