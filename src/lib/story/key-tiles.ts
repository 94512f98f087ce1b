/**
 * The key-number tiles as the strip under the header shows them: each tile's
 * words, the title of the section it links to, and each value as text and as
 * the machine-readable value of its `<data>` element. Knows nothing about Astro.
 */
import { factValueText, getFact, type FactBook } from './facts.ts';
import type { Formatter } from '../text/format.ts';
import type { KeyTile } from './key-numbers.ts';

/** One value of a tile, as shown. */
export interface ShownValue {
  /** The fact's id. */
  id: string;
  /** Its number as readers see it: "20 billion". */
  number: string;
  /** Its unit word, or the tile's own word for it. */
  unit: string;
  /** The value for `<data value>`: the number, or JSON for a range or point. */
  machine: string;
}

/** A tile ready to render. */
export type ShownTile = KeyTile & {
  /** The title of the section it links to. */
  title: string;
  shownValues: ShownValue[];
  shownAbout: ShownValue | undefined;
};

/** A fact as a tile shows it, `unit` replacing its unit word. */
function shownValue(facts: FactBook, id: string, fmt: Formatter, unit?: string): ShownValue {
  const fact = getFact(facts, id);
  return {
    id: fact.id,
    number: factValueText(facts, fact.id, fmt),
    unit: unit ?? fmt.unit(fact.unit),
    machine: typeof fact.value === 'object' ? JSON.stringify(fact.value) : String(fact.value),
  };
}

/** Every tile with its words and values; throws when a tile links to a section the story does not have. */
export function shownTiles(
  sections: readonly { slug: string; title: string }[],
  facts: FactBook,
  tiles: readonly KeyTile[],
  fmt: Formatter,
): ShownTile[] {
  const titles = new Map(sections.map((s) => [s.slug, s.title]));
  return tiles.map((tile) => {
    const title = titles.get(tile.section);
    if (!title) throw new Error(`KeyNumbers: no section "${tile.section}" for the tile "${tile.id}"`);
    return {
      ...tile,
      title,
      shownValues: tile.values.map((id) => shownValue(facts, id, fmt, tile.units[id])),
      shownAbout: tile.about ? shownValue(facts, tile.about, fmt) : undefined,
    };
  });
}
