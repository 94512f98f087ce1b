/**
 * The editions' words and formatting: every language file is complete, a
 * missing key or a dropped placeholder stops the build naming the file and the
 * key, and each formatter writes the report's figures as its readers expect.
 */
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.ts';
import { LOCALE_CODES, LOCALES, uiStrings } from '../../src/i18n/locales.ts';
import { parseUiStrings, UiStringsError, UiStringsSchema } from '../../src/i18n/schema.ts';
import { FactKindSchema } from '../../src/lib/content/schema.ts';
import { factText } from '../../src/lib/story/facts.ts';
import { createFormatter } from '../../src/lib/text/format.ts';
import { realFacts } from './charts/facts.ts';

const facts = realFacts();
const fmtOf = (locale: 'en' | 'de' | 'zh') => createFormatter(uiStrings(locale).format);

describe('language files', () => {
  it.each(LOCALE_CODES)('%s: every key is given, and the page language is declared', (locale) => {
    expect(() => uiStrings(locale)).not.toThrow();
    expect(LOCALES[locale].lang).toMatch(/^(en|de|zh-Hans)$/);
  });

  it('asks a word for each kind of fact, and for no other kind', () => {
    const kinds = Object.keys(UiStringsSchema.shape.sources.shape.kinds.shape);
    expect(kinds.sort()).toEqual([...FactKindSchema.options].sort());
  });

  it('stops on a missing key, naming the file and the key', () => {
    const { skipLink: _dropped, ...site } = de.site;
    expect(() => parseUiStrings('src/i18n/de.ts', { ...de, site })).toThrow(UiStringsError);
    expect(() => parseUiStrings('src/i18n/de.ts', { ...de, site })).toThrow(/src\/i18n\/de\.ts › site\.skipLink/);
  });

  it('stops on a template that drops its placeholder', () => {
    const header = { ...de.header, dates: 'Veröffentlicht am {published}{updated} · Lesezeit' };
    expect(() => parseUiStrings('src/i18n/de.ts', { ...de, header })).toThrow(
      /header\.dates: must keep the placeholders \{published\}, \{updated\}, \{minutes\}/,
    );
  });
});

describe('formatting per edition', () => {
  it('writes German figures and dates', () => {
    const fmt = fmtOf('de');
    expect(factText(facts, 'bmw-shenyang-investment-cny', fmt)).toBe('20 Mrd. Yuan');
    expect(factText(facts, 'bmw-shenyang-investment-usd', fmt)).toBe('2,82 Mrd. US-Dollar');
    expect(factText(facts, 'implied-cny-per-usd', fmt)).toBe('7,09 Yuan je US-Dollar');
    expect(factText(facts, 'forum-length', fmt, { words: true })).toBe('zwei Tage');
    expect(fmt.date('2024-05-17')).toBe('17.\u00a0Mai\u00a02024');
  });

  it('writes Chinese figures and dates', () => {
    const fmt = fmtOf('zh');
    expect(factText(facts, 'bmw-shenyang-investment-cny', fmt)).toBe('200亿元');
    expect(factText(facts, 'bmw-shenyang-investment-usd', fmt)).toBe('28.2亿美元');
    expect(factText(facts, 'ponyai-driverless-km', fmt)).toBe('300万公里');
    // Chinese writes counts in Arabic numerals, form="words" included (one numeral style, issue 18).
    expect(factText(facts, 'forum-length', fmt, { words: true })).toBe('2天');
    expect(fmt.date('2024-05-17')).toBe('2024年5月17日');
  });

  it('keeps English as it was', () => {
    const fmt = fmtOf('en');
    expect(factText(facts, 'bmw-shenyang-investment-cny', fmt)).toBe('20 billion yuan');
    expect(fmt.date('2024-05-17')).toBe('17 May 2024');
  });
});
