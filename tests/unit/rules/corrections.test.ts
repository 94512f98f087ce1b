/** Rules for corrections (src/lib/content/rules/corrections.ts): each passes the good fixture and fails its broken one. */
import { describe, expect, it } from 'vitest';
import { correctionRecords, factHistory } from '../../../src/lib/content/rules/corrections.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

describe('correctionRecords', () => {
  it('passes corrections that name known sections and facts, dated between publication and the build', () => {
    expect(check(correctionRecords, fixture())).toEqual([]);
  });

  it.each([
    ['correction-unknown-section', 'sections', '"third" is not a section slug'],
    ['correction-unknown-fact', 'facts', '"plant-count" is not in tests/fixtures/good/facts.yaml'],
    ['correction-before-published', 'date', '2025-12-31 is before the story was published (2026-01-01)'],
    ['correction-after-build', 'date', "2027-01-15 is after today's build (2026-12-31)"],
    ['correction-typed-number', 'description', 'the number "5" is typed in; write {{fact-id}} so it has one source'],
  ])('fails %s, naming the field', (name, field, message) => {
    expect(check(correctionRecords, fixture(name))).toEqual([
      { file: badFile(name, 'corrections.yaml'), field: `corrections[plants-label].${field}`, message },
    ]);
  });

  it('lets a correction name a date or a year in words, but not a broken placeholder', () => {
    const dated = readEdited(
      { 'corrections.yaml': (t) => t.replace('by its count.', 'by its count of 17 May 2024, as in 2023.') },
      GOOD,
    );
    expect(check(correctionRecords, dated)).toEqual([]);
    const broken = readEdited({ 'corrections.yaml': (t) => t.replace('by its count.', 'by {{plants}.') }, GOOD);
    expect(check(correctionRecords, broken)).toEqual([
      {
        file: goodFile('corrections.yaml'),
        field: 'corrections[plants-label].description',
        message: 'has a "{{" or "}}" that is not part of a {{fact-id}} placeholder',
      },
    ]);
  });
});

describe('factHistory', () => {
  it('passes a history entry whose correction lists the fact', () => {
    expect(check(factHistory, fixture())).toEqual([]);
  });

  it('fails a history entry naming a correction that does not exist', () => {
    expect(check(factHistory, fixture('correction-history-unknown'))).toEqual([
      {
        file: goodFile('facts.yaml'),
        field: 'facts[district-plants].history[0].correction',
        message: '"plants-label" is not in tests/fixtures/bad/correction-history-unknown/corrections.yaml',
      },
    ]);
  });

  it('fails a history entry whose correction does not list the fact', () => {
    const bundle = readEdited({ 'corrections.yaml': (t) => t.replace('facts: [district-plants]', 'facts: []') }, GOOD);
    expect(check(factHistory, bundle)).toEqual([
      {
        file: goodFile('facts.yaml'),
        field: 'facts[district-plants].history[0].correction',
        message: '"plants-label" does not list "district-plants" in its facts',
      },
    ]);
  });
});
