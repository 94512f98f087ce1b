/** Who's who order per language (people by family name, pinyin in Chinese) and og:locale per edition. */
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.ts';
import en from '../../src/i18n/en.ts';
import zh from '../../src/i18n/zh.ts';
import { parseUiStrings } from '../../src/i18n/schema.ts';
import { sortedForReaders, sortKey } from '../../src/lib/story/entities.ts';
import { createFormatter } from '../../src/lib/text/format.ts';
import type { Entity } from '../../src/lib/content/schema.ts';
import { openGraphLocales } from '../../src/i18n/locales.ts';

const person = (id: string, name: string, shortName: string): Entity =>
  ({ id, type: 'person', name, shortName, description: 'x', sections: [] }) as unknown as Entity;
const org = (id: string, name: string): Entity =>
  ({ id, type: 'organisation', name, description: 'x', sections: [] }) as unknown as Entity;

const compareOf = (strings: unknown, file: string) => createFormatter(parseUiStrings(file, strings).format).compare;

describe('who’s who order', () => {
  it('sorts Latin names by family name, in the edition’s collation', () => {
    const people = [
      person('oliver-zipse', 'Oliver Zipse', 'Zipse'),
      person('michael-braungart', 'Michael Braungart', 'Braungart'),
      person('peng-jun', 'Peng Jun', 'Peng'),
      person('du-yue', 'Du Yue', 'Du'),
    ];
    expect(sortedForReaders(people, compareOf(en, 'src/i18n/en.ts')).map((p) => p.id)).toEqual([
      'michael-braungart',
      'du-yue',
      'peng-jun',
      'oliver-zipse',
    ]);
    expect(sortKey(org('bmw', 'BMW AG'))).toBe('BMW AG');
  });

  it('sorts Chinese names in pinyin order', () => {
    const compare = compareOf(zh, 'src/i18n/zh.ts');
    // Pinyin: bǎo < běi < dà < xiǎo.
    const orgs = [
      org('ponyai', '小马智行'),
      org('bmw', '宝马股份公司'),
      org('volkswagen', '大众汽车'),
      org('baic', '北京汽车集团'),
    ];
    expect(sortedForReaders(orgs, compare).map((o) => o.name)).toEqual([
      '宝马股份公司',
      '北京汽车集团',
      '大众汽车',
      '小马智行',
    ]);
  });

  it('sorts German with its collation (umlauts with their vowels)', () => {
    const compare = compareOf(de, 'src/i18n/de.ts');
    const orgs = [org('z', 'Zulieferer'), org('o', 'Österreich'), org('a', 'Ostsee')];
    expect(sortedForReaders(orgs, compare).map((o) => o.name)).toEqual(['Österreich', 'Ostsee', 'Zulieferer']);
  });
});

describe('og:locale', () => {
  it('names each edition’s language and region, and the other editions as alternates', () => {
    expect(openGraphLocales('en')).toEqual({ locale: 'en_GB', alternates: ['de_DE', 'zh_CN'] });
    expect(openGraphLocales('de')).toEqual({ locale: 'de_DE', alternates: ['en_GB', 'zh_CN'] });
    expect(openGraphLocales('zh')).toEqual({ locale: 'zh_CN', alternates: ['en_GB', 'de_DE'] });
  });
});
