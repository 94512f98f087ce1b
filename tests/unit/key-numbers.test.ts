/**
 * The key numbers: the story's tiles (content/key-numbers.yaml) filled in for an edition, and whose figure
 * a key number is: written once, read by the key-number tiles and the share cards.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditionKeyNumber, KeyNumber } from '../../src/lib/content/schema.ts';
import { editionKeyTiles, figureBy, withFigureBy } from '../../src/lib/story/key-numbers.ts';
import { buildFactBook } from '../../src/lib/story/facts.ts';
import { realFacts } from './charts/facts.ts';
import { readContent, ROOT } from './content-files.ts';
import { fmt } from './english.ts';
import { STORY_DIR } from '../support/story-files.ts';

const facts = realFacts();
const { bundle } = readContent(join(ROOT, STORY_DIR));
const tiles = editionKeyTiles(bundle.keyNumbers.records, undefined, facts, fmt);

/** A small fact book and one tile record over it. */
const book = buildFactBook([
  {
    id: 'when',
    label: 'When it was said',
    value: 'Late May 2024',
    unit: '',
    kind: 'date',
    outside: { name: 'Somewhere', url: 'https://example.org' },
  },
  {
    id: 'how-many',
    label: 'How many',
    value: 4,
    unit: 'plants',
    kind: 'count',
    outside: { name: 'Somewhere', url: 'https://example.org' },
  },
]);
const record: KeyNumber = {
  id: 'tile',
  facts: ['how-many'],
  section: 'somewhere',
  caption: 'in the district',
  by: 'Said in {{when}}',
  units: { 'how-many': 'works' },
};

describe('editionKeyTiles', () => {
  it('gives every tile of the content, in order, with its facts, section and words', () => {
    expect(tiles.map((tile) => tile.id)).toEqual(bundle.keyNumbers.records.map((r) => r.id));
    for (const [i, tile] of tiles.entries()) {
      const source = bundle.keyNumbers.records[i];
      expect(tile.values).toEqual(source?.facts);
      expect(tile.section).toBe(source?.section);
      expect(tile.caption.length).toBeGreaterThan(0);
    }
  });

  it('fills a text value inside a phrase as it reads mid-sentence, and one that opens the phrase as written', () => {
    expect(editionKeyTiles([record], undefined, book, fmt)[0]?.by).toBe('Said in late May 2024');
    expect(editionKeyTiles([{ ...record, by: '{{when}}, said' }], undefined, book, fmt)[0]?.by).toBe(
      'Late May 2024, said',
    );
  });

  it("takes an edition's words, and stops when the edition gives none for a tile", () => {
    const words: EditionKeyNumber = {
      id: 'tile',
      caption: 'im Bezirk',
      by: 'Gesagt {{when}}',
      units: { 'how-many': 'Werke' },
    };
    const [tile] = editionKeyTiles([record], [words], book, fmt);
    expect(tile).toMatchObject({ caption: 'im Bezirk', units: { 'how-many': 'Werke' }, values: ['how-many'] });
    expect(() => editionKeyTiles([record], [], book, fmt)).toThrow('the edition gives no words for "tile"');
  });
});

describe('figureBy', () => {
  it('gives the attribution of the tile that shows the fact as a main value', () => {
    for (const tile of tiles) for (const id of tile.values) expect(figureBy(id, tiles)).toBe(tile.by);
    expect(figureBy('how-many', editionKeyTiles([record], undefined, book, fmt))).toBe('Said in late May 2024');
  });

  it('gives nothing for a fact no tile shows as a main value', () => {
    const abouts = tiles.flatMap((tile) => (tile.about ? [tile.about] : []));
    expect(abouts.length).toBeGreaterThan(0);
    for (const id of abouts) expect(figureBy(id, tiles)).toBeUndefined();
    expect(figureBy('no-such-fact', tiles)).toBeUndefined();
  });

  it('adds the attribution to a figure in brackets, or leaves the figure alone', () => {
    expect(withFigureBy('20 billion yuan', 'BMW’s figure')).toBe('20 billion yuan (BMW’s figure)');
    expect(withFigureBy('2 days', undefined)).toBe('2 days');
  });
});
