/** Whose figure a key number is: written once, read by the key-number tiles and the share cards. */
import { describe, expect, it } from 'vitest';
import { figureBy, KEY_TILES, tileWords, withFigureBy } from '../../src/lib/story/key-numbers.ts';
import { realFacts } from './charts/facts.ts';
import { fmt, t } from './english.ts';

const facts = realFacts();
const by = (id: string) => figureBy(id, t, facts, fmt);

describe('figureBy', () => {
  it('gives the attribution of the tile that shows the fact, its date from the fact book', () => {
    expect(by('bmw-shenyang-investment-cny')).toBe(tileWords(KEY_TILES[0]!, t, facts, fmt).by);
    expect(by('bmw-shenyang-investment-cny')).toBe('BMW’s figure, announced in late April 2024');
    expect(by('ponyai-driverless-km')).toBe('Given by Peng Jun, co-founder and then CEO of Pony.ai');
  });

  it('gives nothing for a fact no tile shows as a main value', () => {
    expect(by('bmw-shenyang-investment-usd')).toBeUndefined();
    expect(by('no-such-fact')).toBeUndefined();
  });

  it('has words for every tile in the English strings', () => {
    for (const tile of KEY_TILES) expect(tileWords(tile, t, facts, fmt).caption.length).toBeGreaterThan(0);
  });

  it('adds the attribution to a figure in brackets, or leaves the figure alone', () => {
    expect(withFigureBy('20 billion yuan', 'BMW’s figure')).toBe('20 billion yuan (BMW’s figure)');
    expect(withFigureBy('2 days', undefined)).toBe('2 days');
  });
});
