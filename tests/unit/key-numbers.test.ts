/** Whose figure a key number is: written once, read by the key-number tiles and the share cards. */
import { describe, expect, it } from 'vitest';
import { figureBy, KEY_TILES, withFigureBy } from '../../src/lib/key-numbers.ts';

describe('figureBy', () => {
  it('gives the attribution of the tile that shows the fact', () => {
    expect(figureBy('bmw-shenyang-investment-cny')).toBe(KEY_TILES[0]!.by);
    expect(figureBy('ponyai-driverless-km')).toMatch(/^Pony\.ai’s figure/);
  });

  it('gives nothing for a fact no tile shows as a main value', () => {
    expect(figureBy('bmw-shenyang-investment-usd')).toBeUndefined();
    expect(figureBy('no-such-fact')).toBeUndefined();
  });

  it('adds the attribution to a figure in brackets, or leaves the figure alone', () => {
    expect(withFigureBy('20 billion yuan', 'BMW’s figure')).toBe('20 billion yuan (BMW’s figure)');
    expect(withFigureBy('2 days', undefined)).toBe('2 days');
  });
});
