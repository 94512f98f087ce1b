/** Rules for facts (src/lib/content/rules/facts.ts): each passes the good fixture and fails a broken one. */
import { describe, expect, it } from 'vitest';
import {
  derivedFacts,
  factBookOf,
  factEvidence,
  factReferences,
  quoteHasNumber,
} from '../../../src/lib/content/rules/facts.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, GOOD } from './fixtures.ts';

describe('factEvidence', () => {
  it('passes facts citing a paragraph of the report with a short quote holding the number (or the range)', () => {
    expect(check(factEvidence, fixture())).toEqual([]);
  });

  it.each([
    ['paragraph-out-of-range', 'robotaxi-orders', 'source.paragraph', '19 is not a paragraph of the report (1–3)'],
    [
      'number-not-in-quote',
      'district-plants',
      'source.quote',
      'does not contain the value 5 (as digits or a word): "home to four vehicle manufacturing facilities"',
    ],
    ['quote-too-long', 'district-plants', 'source.quote', 'has 26 words; keep evidence to at most 25'],
  ])('fails %s', (name, id, field, message) => {
    expect(check(factEvidence, fixture(name))).toEqual([
      { file: badFile(name, 'facts.yaml'), field: `facts[${id}].${field}`, message },
    ]);
  });

  it('checks both ends of a range', () => {
    const bundle = readEdited({ 'facts.yaml': (t) => t.replace('{ min: 25, max: 26 }', '{ min: 25, max: 27 }') }, GOOD);
    expect(check(factEvidence, bundle)).toEqual([
      expect.objectContaining({
        field: 'facts[robotaxi-orders].source.quote',
        message: expect.stringMatching(/value 27 /),
      }),
    ]);
  });
});

describe('quoteHasNumber', () => {
  it('finds a number as digits, grouped digits, scale words or small-number words, not inside another number', () => {
    expect(quoteHasNumber('an investment of 20 billion yuan', 20e9)).toBe(true);
    expect(quoteHasNumber('home to four vehicle plants', 4)).toBe(true);
    expect(quoteHasNumber('2.82 billion', 2)).toBe(false);
  });
});

describe('factReferences', () => {
  it('passes claimants in the who’s who and derived inputs in the fact book', () => {
    expect(check(factReferences, fixture())).toEqual([]);
  });

  it('fails an unknown claimant', () => {
    expect(check(factReferences, fixture('unknown-claimant'))).toEqual([
      {
        file: badFile('unknown-claimant', 'facts.yaml'),
        field: 'facts[investment-cny].claimedBy',
        message: '"daimler" is not in tests/fixtures/good/entities.yaml',
      },
    ]);
  });

  it('fails an unknown derived input', () => {
    expect(check(factReferences, fixture('unknown-derived-input'))).toEqual([
      {
        file: badFile('unknown-derived-input', 'facts.yaml'),
        field: 'facts[implied-rate].derived.inputs',
        message: '"investment-eur" is not a fact id',
      },
    ]);
  });
});

describe('derivedFacts', () => {
  it('passes derived facts that compute from their inputs', () => {
    expect(check(derivedFacts, fixture())).toEqual([]);
    expect(factBookOf(fixture())).toEqual({ book: expect.any(Map) });
  });

  it('fails a derived fact whose input holds the wrong kind of value', () => {
    const bundle = readEdited(
      { 'facts.yaml': (t) => t.replace('value: 2820000000', 'value: { min: 2800000000, max: 2900000000 }') },
      GOOD,
    );
    expect(check(derivedFacts, bundle)).toEqual([
      {
        file: 'tests/fixtures/good/facts.yaml',
        field: 'derived',
        message: expect.stringMatching(/fact "implied-rate" needs a number from input "investment-usd"/),
      },
    ]);
  });

  it('tries no fact book while an input is unknown (factReferences reports that)', () => {
    expect(factBookOf(fixture('unknown-derived-input'))).toBeUndefined();
    expect(check(derivedFacts, fixture('unknown-derived-input'))).toEqual([]);
  });
});
