import { describe, expect, it } from 'vitest';
import {
  buildFactBook,
  factNumber,
  factPoint,
  factRange,
  factText,
  fillFacts,
  placeholderIds,
} from '../../src/lib/story/facts.ts';
import type { Fact } from '../../src/lib/content/schema.ts';
import { fmt } from './english.ts';

const reported = (id: string, value: Fact['value'], unit = ''): Fact => ({
  id,
  label: id,
  value,
  unit,
  kind: 'count',
  claimedBy: 'x',
  claimType: 'report',
  source: { paragraph: 1, quote: 'q' },
});
const derived = (
  id: string,
  formula: 'ratio' | 'sum' | 'great-circle-km',
  inputs: string[],
  decimals?: number,
): Fact => ({
  id,
  label: id,
  unit: 'u',
  kind: 'rate',
  decimals,
  derived: { inputs, formula, explanation: 'computed for the test' },
});

describe('buildFactBook', () => {
  it('computes ratios and sums from their inputs, keeping file order', () => {
    const book = buildFactBook([
      derived('rate', 'ratio', ['cny', 'usd'], 2),
      reported('cny', 20e9, 'yuan'),
      reported('usd', 2.82e9, 'US dollars'),
      derived('total', 'sum', ['cny', 'usd']),
    ]);
    expect([...book.keys()]).toEqual(['rate', 'cny', 'usd', 'total']);
    expect(factNumber(book, 'rate')).toBeCloseTo(7.0922, 4);
    expect(factText(book, 'rate', fmt)).toBe('7.09 u');
    expect(factNumber(book, 'total')).toBe(22.82e9);
    expect(book.get('rate')?.origin).toBe('derived');
    expect(book.get('cny')?.origin).toBe('report');
  });

  it('computes a great-circle distance in km within 1% of the haversine value', () => {
    const a = { lat: 40.13, lon: 116.65 };
    const b = { lat: 41.8, lon: 123.43 };
    const book = buildFactBook([
      { ...reported('a', a), outside: { name: 'n', url: 'https://example.org' }, source: undefined },
      { ...reported('b', b), outside: { name: 'n', url: 'https://example.org' }, source: undefined },
      { ...reported('r', 6371.0088), outside: { name: 'n', url: 'https://example.org' }, source: undefined },
      derived('d', 'great-circle-km', ['a', 'b', 'r']),
    ]);
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
    const haversine = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    expect(Math.abs(factNumber(book, 'd') - haversine) / haversine).toBeLessThan(0.01);
    expect(factPoint(book, 'a')).toEqual(a);
  });

  it('refuses unknown inputs, cycles, duplicates and wrong shapes with the fact named', () => {
    expect(() => buildFactBook([derived('r', 'ratio', ['a', 'nope']), reported('a', 1)])).toThrow(
      'fact "r" names unknown input "nope"',
    );
    expect(() => buildFactBook([derived('x', 'sum', ['y']), derived('y', 'sum', ['x'])])).toThrow(
      /derived from itself/,
    );
    expect(() => buildFactBook([reported('a', 1), reported('a', 2)])).toThrow('fact id "a" is used twice');
    expect(() => buildFactBook([reported('t', 'text'), reported('n', 1), derived('r', 'ratio', ['t', 'n'])])).toThrow(
      /needs a number from input "t"/,
    );
    expect(() => buildFactBook([reported('z', 0), reported('n', 1), derived('r', 'ratio', ['n', 'z'])])).toThrow(
      /divides by zero/,
    );
  });

  it('reads ranges and refuses the wrong accessor', () => {
    const book = buildFactBook([reported('orders', { min: 25, max: 26 }, 'orders a day')]);
    expect(factRange(book, 'orders')).toEqual({ min: 25, max: 26 });
    expect(() => factNumber(book, 'orders')).toThrow('fact "orders" is not a single number');
    expect(() => factNumber(book, 'missing')).toThrow('unknown fact "missing"');
  });
});

describe('placeholders', () => {
  const book = buildFactBook([reported('cny', 20e9, 'yuan')]);
  it('fills {{fact}} placeholders with the fact as readers see it', () => {
    expect(fillFacts('BMW adds {{cny}} in Shenyang', book, fmt)).toBe('BMW adds 20 billion yuan in Shenyang');
    expect(placeholderIds('a {{ cny }} b {{x}}')).toEqual(['cny', 'x']);
  });
});
