/**
 * The key numbers and who gives each one. The key-number tiles under the
 * header and the share cards both read whose figure a number is from here, so
 * the attribution is written once.
 */

/** One value on a tile: a fact, and optionally a shorter unit than the fact's own. */
export interface TileValue {
  /** Fact id. */
  fact: string;
  /** Unit to show instead of the fact's (words only; the number always comes from the fact). */
  unit?: string;
}

/** One tile: main values, an optional conversion shown smaller, what it is, and where it is explained. */
export interface KeyTile {
  values: TileValue[];
  about?: TileValue;
  /** Words after "about …": whose conversion the smaller value is. */
  aboutNote?: string;
  caption: string;
  /** Who gives the figure, in the report's terms. */
  by: string;
  section: string;
}

export const KEY_TILES: readonly KeyTile[] = [
  {
    values: [{ fact: 'bmw-shenyang-investment-cny' }],
    about: { fact: 'bmw-shenyang-investment-usd' },
    aboutNote: 'by the report’s conversion',
    caption: 'more for BMW’s Shenyang base',
    by: 'BMW’s figure, announced in late April 2024',
    section: 'bmw-shenyang',
  },
  {
    values: [
      { fact: 'shunyi-vehicle-plants', unit: 'car plants' },
      { fact: 'shunyi-rd-centres', unit: 'R&D centres' },
    ],
    caption: 'in Beijing’s Shunyi district',
    by: 'Figures given by the district’s deputy head, Du Yue',
    section: 'shunyi',
  },
  {
    values: [{ fact: 'ponyai-driverless-km' }],
    caption: 'of driverless testing worldwide, in total',
    by: 'Pony.ai’s figure, given by its CEO, Peng Jun',
    section: 'smart-driving',
  },
  {
    values: [{ fact: 'ponyai-orders-per-day' }],
    caption: 'for Pony.ai’s robotaxis, at most',
    by: 'Pony.ai’s figure, given by its CEO, Peng Jun',
    section: 'smart-driving',
  },
];

/** Who gives a fact's figure, as its key-number tile says it; undefined when no tile shows the fact as a main value. */
export function figureBy(factId: string, tiles: readonly KeyTile[] = KEY_TILES): string | undefined {
  return tiles.find((tile) => tile.values.some((value) => value.fact === factId))?.by;
}

/** A figure with whose it is, for text such as a share image's alt text: "20 billion yuan (BMW’s figure, …)". */
export function withFigureBy(figure: string, by: string | undefined): string {
  return by ? `${figure} (${by})` : figure;
}
