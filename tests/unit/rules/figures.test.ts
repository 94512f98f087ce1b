/** The one typed-number check (src/lib/content/rules/figures.ts) that every kind of text goes through. */
import { describe, expect, it } from 'vitest';
import {
  DATES_AND_YEARS,
  EDITION_DATES_AND_YEARS,
  factTextProblems,
  typedNumbers,
} from '../../../src/lib/content/rules/figures.ts';

const FACTS = new Set(['district-plants', 'robotaxi-orders']);

describe('typedNumbers', () => {
  it('finds digit runs with their separators, in order', () => {
    expect(typedNumbers('About 40,075 km, or 2.82 billion, and 7')).toEqual(['40,075', '2.82', '7']);
    expect(typedNumbers('no figures here, only four words')).toEqual([]);
  });
});

describe('factTextProblems', () => {
  it('passes known placeholders and words', () => {
    expect(factTextProblems('{{district-plants}} plants and {{robotaxi-orders}}, four of them', FACTS)).toEqual([]);
  });

  it('names unknown placeholders, stray braces and the first typed figure', () => {
    expect(factTextProblems('{{plant-total}} in {{plants}, and 12 more', FACTS)).toEqual([
      '{{plant-total}} is not a fact id',
      'has a "{{" or "}}" that is not part of a {{fact-id}} placeholder',
      'the number "12" is typed in; write {{fact-id}} so it has one source',
    ]);
  });

  it('lets dates and years through when told to, and nothing else', () => {
    const text = 'Changed on 17 May 2024, as in 2023; it said 5 in all.';
    expect(factTextProblems(text, FACTS, DATES_AND_YEARS)).toEqual([
      'the number "5" is typed in; write {{fact-id}} so it has one source',
    ]);
    expect(factTextProblems(text, FACTS)).toEqual([
      'the number "17" is typed in; write {{fact-id}} so it has one source',
    ]);
  });

  it('lets references to the report’s paragraphs through, but not a figure beside one', () => {
    expect(factTextProblems('As ¶8 and ¶12–¶16 say.', FACTS, DATES_AND_YEARS)).toEqual([]);
    expect(factTextProblems('Wie ¶8 sagt, 40 Werke.', FACTS, EDITION_DATES_AND_YEARS)).toEqual([
      'the number "40" is typed in; write {{fact-id}} so it has one source',
    ]);
    expect(factTextProblems('第12段称，共有3家。', FACTS, EDITION_DATES_AND_YEARS)).toEqual([
      'the number "3" is typed in; write {{fact-id}} so it has one source',
    ]);
    expect(factTextProblems('As paragraph 8 says.', FACTS, DATES_AND_YEARS)).toEqual([
      'the number "8" is typed in; write {{fact-id}} so it has one source',
    ]);
  });
});
