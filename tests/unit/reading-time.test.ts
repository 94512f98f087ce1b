/** Reading time: words from MDX as the reader sees them, and minutes from words and charts. */
import { describe, expect, it } from 'vitest';
import {
  countCharts,
  countWords,
  countReadingUnits,
  mdxReadingText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/lib/story/reading-time.ts';

const lookups = {
  fact: (id: string) => ({ investment: '20 billion yuan', plants: '4 plants' })[id] ?? `?${id}`,
  who: (id: string) => ({ 'du-yue': 'Du Yue', bmw: 'BMW AG' })[id] ?? `?${id}`,
};

describe('countWords', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('  One two — three · four.  ')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('R&D centres, 25–26 orders')).toBe(4);
  });
});

describe('mdxReadingText', () => {
  it('fills facts and names, keeps the children of other tags, drops charts and imports', () => {
    const body = [
      "import X from './x.astro';",
      '',
      '<Who id="bmw" /> puts <Fact id="investment" /> into <Term id="nev">new energy vehicles</Term>.',
      '',
      '<Chart id="bmw-investment" />',
      '',
      '- <Who id="du-yue">The deputy head</Who> counts <Fact id="plants" form="words" />;',
      '{/* an editor note */}',
      '## A **bold** heading',
    ].join('\n');
    const text = mdxReadingText(body, lookups);
    expect(text.replace(/\s+/g, ' ').trim()).toBe(
      'BMW AG puts 20 billion yuan into new energy vehicles . The deputy head counts 4 plants ; A bold heading',
    );
    expect(text).not.toContain('import');
    expect(text).not.toContain('editor note');
    expect(countWords(text)).toBe(19);
  });

  it('asks the lookups for the ids it finds', () => {
    const seen: string[] = [];
    mdxReadingText('<Fact id=\'a\' /> and <Fact form="number" id="b" />', {
      fact: (id) => (seen.push(id), id),
      who: (id) => id,
    });
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('countCharts', () => {
  it('counts chart components', () => {
    expect(countCharts('text <Chart id="a" /> more <Chart id="b"/> <Charter />')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes and never says zero', () => {
    expect(readingMinutes({ words: 0, charts: 0 })).toBe(1);
    expect(readingMinutes({ words: WORDS_PER_MINUTE, charts: 0 })).toBe(1);
    expect(readingMinutes({ words: WORDS_PER_MINUTE + 1, charts: 0 })).toBe(2);
    expect(readingMinutes({ words: 1150, charts: 0 })).toBe(5);
  });

  it('adds time for each chart', () => {
    expect(readingMinutes({ words: 1150, charts: 4 })).toBe(6);
    expect(readingMinutes({ words: 100, charts: 10 }, { secondsPerChart: 30 })).toBe(6);
  });

  it('takes another reading speed', () => {
    expect(readingMinutes({ words: 600, charts: 0 }, { wordsPerMinute: 200 })).toBe(3);
    expect(() => readingMinutes({ words: 600, charts: 0 }, { wordsPerMinute: 0 })).toThrow(RangeError);
  });
});

describe('countReadingUnits', () => {
  it('counts words where words are spaced, and Chinese characters one by one', () => {
    expect(countReadingUnits('BMW said it would invest.', 'words')).toBe(5);
    expect(countReadingUnits('宝马宣布向沈阳追加投资', 'characters')).toBe(11);
    expect(countReadingUnits('宝马（BMW）在2024年宣布', 'characters')).toBe(8);
  });
});
