import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import { createFormatter, numberSpellings, roundTo } from '../../src/lib/text/format.ts';

const fmt = createFormatter(en.format);
const formatNumber = fmt.number;
const formatRange = fmt.range;
const formatValue = fmt.value;
const formatWithUnit = fmt.amount;
const formatCoordinates = fmt.coordinates;

describe('formatNumber', () => {
  it('writes large numbers with scale words', () => {
    expect(formatNumber(20_000_000_000)).toBe('20 billion');
    expect(formatNumber(2_820_000_000)).toBe('2.82 billion');
    expect(formatNumber(3_000_000)).toBe('3 million');
  });
  it('groups thousands and keeps at most two decimals by default', () => {
    expect(formatNumber(40075.017)).toBe('40,075.02');
    expect(formatNumber(7.092198)).toBe('7.09');
  });
  it('honours decimals, including rounding to tens', () => {
    expect(formatNumber(7.092198, { decimals: 2 })).toBe('7.09');
    expect(formatNumber(74.86, { decimals: 0 })).toBe('75');
    expect(formatNumber(598.6, { decimals: -1 })).toBe('600');
    expect(roundTo(1234, -2)).toBe(1200);
  });
  it('spells small whole numbers as words on request', () => {
    expect(formatNumber(2, { words: true })).toBe('two');
    expect(formatNumber(11, { words: true })).toBe('11');
  });
  it('refuses non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/not a finite number/);
  });
});

describe('formatting values', () => {
  it('writes ranges with an en dash', () => {
    expect(formatRange({ min: 25, max: 26 })).toBe('25–26');
  });
  it('writes coordinates with hemispheres', () => {
    expect(formatCoordinates({ lat: 41.8, lon: 123.43 })).toBe('41.80° N, 123.43° E');
    expect(formatCoordinates({ lat: -33.9, lon: -70.6 })).toBe('33.90° S, 70.60° W');
  });
  it('never groups years', () => {
    expect(formatValue(2024, {}, 'year')).toBe('2024');
    expect(formatValue(2024)).toBe('2,024');
  });
  it('adds units to numbers and ranges but not to text or points', () => {
    expect(formatWithUnit(20e9, 'yuan')).toBe('20 billion yuan');
    expect(formatWithUnit({ min: 25, max: 26 }, 'orders a day')).toBe('25–26 orders a day');
    expect(formatWithUnit('Late April 2024', 'ignored')).toBe('Late April 2024');
    expect(formatWithUnit({ lat: 1, lon: 2 }, 'degrees')).toBe('1.00° N, 2.00° E');
  });
});

describe('numberSpellings', () => {
  it('lists the ways a report may write a number', () => {
    expect(numberSpellings(20e9)).toEqual(expect.arrayContaining(['20000000000', '20,000,000,000', '20 billion']));
    expect(numberSpellings(4)).toContain('four');
    expect(numberSpellings(3e6)).toContain('3 million');
  });
});
