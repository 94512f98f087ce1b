/** The formatter rules of the German and Chinese editions (issue 18, findings 12–14), from their language files. */
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.ts';
import en from '../../src/i18n/en.ts';
import zh from '../../src/i18n/zh.ts';
import { parseUiStrings } from '../../src/i18n/schema.ts';
import { createFormatter } from '../../src/lib/text/format.ts';

const german = createFormatter(parseUiStrings('src/i18n/de.ts', de).format);
const chinese = createFormatter(parseUiStrings('src/i18n/zh.ts', zh).format);
const english = createFormatter(parseUiStrings('src/i18n/en.ts', en).format);

describe('German (dpa)', () => {
  it('writes whole numbers up to twelve in words in running text, and digits elsewhere', () => {
    expect(german.amount(4, 'vehicle manufacturing facilities', { prose: true }, 'count')).toBe('vier Fahrzeugwerke');
    expect(german.number(12, { prose: true })).toBe('zwölf');
    expect(german.number(13, { prose: true })).toBe('13');
    expect(german.number(4)).toBe('4');
    expect(german.number(2.5, { prose: true })).toBe('2,5');
  });
  it('writes ranges with "bis"', () => {
    expect(german.amount({ min: 25, max: 26 }, 'orders a day')).toBe('25 bis 26 Aufträge pro Tag');
  });
  it('joins a date with non-breaking spaces, so "17. Mai 2024" never breaks', () => {
    expect(german.date('2024-05-17')).toBe('17.\u00a0Mai\u00a02024');
    expect(english.date('2024-05-17')).toBe('17 May 2024');
  });
  it('keeps German coordinates', () => {
    expect(german.coordinates({ lat: 40.13, lon: 116.65 })).toBe('40,13° N, 116,65° O');
  });
});

describe('Chinese', () => {
  it('writes ranges with 至 and no slash units', () => {
    expect(chinese.range({ min: 25, max: 26 })).toBe('25至26');
  });
  it('writes coordinates as 北纬…度、东经…度', () => {
    expect(chinese.coordinates({ lat: 40.13, lon: 116.65 })).toBe('北纬40.13度、东经116.65度');
  });
  it('writes the exchange rate as 1美元约合…元人民币, keeping the unit word for tables', () => {
    expect(chinese.amount(7.092198, 'yuan per US dollar', { decimals: 2 })).toBe('1美元约合7.09元人民币');
    expect(chinese.unit('yuan per US dollar')).toBe('元/美元');
  });
  it('keeps one numeral style: digits in running text too', () => {
    expect(chinese.amount(4, 'vehicle manufacturing facilities', { prose: true }, 'count')).toBe('4家整车厂');
  });
});

describe('the rules themselves', () => {
  it('stop when a language spells out more numbers in prose than it has words for', () => {
    expect(() => parseUiStrings('src/i18n/de.ts', { ...de, format: { ...de.format, proseWordsUpTo: 20 } })).toThrow(
      /format\.proseWordsUpTo/,
    );
  });
  it('stop when an amount template loses its {value}', () => {
    expect(() =>
      parseUiStrings('src/i18n/zh.ts', { ...zh, format: { ...zh.format, amountTemplates: { yuan: '元' } } }),
    ).toThrow(/amountTemplates/);
  });
});
