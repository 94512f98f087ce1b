/**
 * The key numbers and who gives each one. The key-number tiles under the
 * header and the share cards both read whose figure a number is from here, so
 * the attribution is written once. The tiles' facts and sections are fixed
 * here; their words come from the edition (src/i18n/*.ts › keyTiles).
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import { factText, type FactBook } from './facts.ts';
import type { Formatter } from '../text/format.ts';

/** A tile's id: the key of its words in the UI strings. */
type TileId = keyof UiStrings['keyTiles'];

/** One tile: main values, an optional conversion shown smaller, and the section that explains it. */
export interface KeyTile {
  id: TileId;
  /** Fact ids of the main values. */
  values: string[];
  /** Fact id of a conversion shown smaller ("about …"). */
  about?: string;
  /** The section the tile links to. */
  section: string;
}

export const KEY_TILES: readonly KeyTile[] = [
  { id: 'bmw', values: ['bmw-shenyang-investment-cny'], about: 'bmw-shenyang-investment-usd', section: 'bmw-shenyang' },
  { id: 'shunyi', values: ['shunyi-vehicle-plants', 'shunyi-rd-centres'], section: 'shunyi' },
  { id: 'ponyai-km', values: ['ponyai-driverless-km'], section: 'smart-driving' },
  { id: 'ponyai-orders', values: ['ponyai-orders-per-day'], section: 'smart-driving' },
];

/** The words of a tile: caption, whose figure (facts filled in), optional note and unit words. */
export interface TileWords {
  caption: string;
  by: string;
  aboutNote?: string;
  units?: Readonly<Record<string, string>>;
}

/** A tile's words in an edition; `{date}` in "by" is the date BMW announced, from the fact book. */
export function tileWords(tile: KeyTile, t: UiStrings, facts: FactBook, fmt: Formatter): TileWords {
  const words = t.keyTiles[tile.id] as TileWords;
  return { ...words, by: fill(words.by, { date: fmt.midSentence(factText(facts, 'bmw-announcement-date', fmt)) }) };
}

/** Who gives a fact's figure, as its key-number tile says it; undefined when no tile shows the fact as a main value. */
export function figureBy(
  factId: string,
  t: UiStrings,
  facts: FactBook,
  fmt: Formatter,
  tiles: readonly KeyTile[] = KEY_TILES,
): string | undefined {
  const tile = tiles.find((candidate) => candidate.values.includes(factId));
  return tile && tileWords(tile, t, facts, fmt).by;
}

/** A figure with whose it is, for text such as a share image's alt text: "20 billion yuan (BMW’s figure, …)". */
export function withFigureBy(figure: string, by: string | undefined): string {
  return by ? `${figure} (${by})` : figure;
}
