/** Content validation: the real content passes; each broken fixture fails with a message naming file and field. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidContent, findContentProblems } from '../../src/lib/content/validate.ts';
import { quoteHasNumber } from '../../src/lib/content/rules/facts.ts';
import { findReferences, findTypedNumbers, unlabelledAnalysis } from '../../src/lib/content/rules/mdx.ts';
import { ContentError } from '../../src/lib/content/bundle.ts';
import { readContent, readProblems, ROOT } from './content-files.ts';
import { fmt } from './english.ts';
import { STORY_DIR } from '../support/story-files.ts';

/** The build date the checks assume: after every fixture's corrections. */
const TODAY = '2026-12-31';

const GOOD = join(ROOT, 'tests/fixtures/good');
const bad = (name: string) => join(ROOT, 'tests/fixtures/bad', name);

describe('the real content', () => {
  const { bundle, schemaProblems } = readContent(join(ROOT, STORY_DIR));

  it('passes every schema and every cross-record check', () => {
    expect(schemaProblems).toEqual([]);
    expect(findContentProblems(bundle, { today: TODAY, formatter: fmt })).toEqual([]);
  });

  it('has the seven sections of the brief, citing all 18 paragraphs', () => {
    expect(bundle.sections.map((s) => s.data.slug)).toEqual([
      'the-forum',
      'shunyi',
      'interdependence',
      'bmw-shenyang',
      'circular-economy',
      'smart-driving',
      'whats-next',
    ]);
    const cited = new Set(bundle.sections.flatMap((s) => s.data.paragraphs));
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('types no figure into MDX prose', () => {
    for (const section of bundle.sections) expect(findTypedNumbers(section.body), section.file).toEqual([]);
  });

  it('says who makes every claim taken from the report', () => {
    for (const fact of bundle.facts.records.filter((f) => f.source)) {
      expect(fact.claimedBy, fact.id).toBeTruthy();
      expect(fact.claimType, fact.id).toBeTruthy();
    }
  });
});

describe('the good fixture', () => {
  it('is valid', () => {
    const { bundle, schemaProblems } = readContent(GOOD);
    expect(schemaProblems).toEqual([]);
    expect(() => assertValidContent(bundle, { today: TODAY, formatter: fmt })).not.toThrow();
  });
});

/** Each broken fixture, the file and field the error must name, and what it must say. */
const CROSS_RECORD_CASES: [string, string, string, RegExp][] = [
  [
    'typed-number-in-dek',
    'tests/fixtures/bad/typed-number-in-dek/story.yaml',
    'dek',
    /the number "2" is typed in; leave figures to the facts/,
  ],
  [
    'unknown-fact-in-mdx',
    'tests/fixtures/bad/unknown-fact-in-mdx/sections/first.mdx',
    'body line 2 <Fact id>',
    /"plant-count" is not in tests\/fixtures\/good\/facts\.yaml/,
  ],
  [
    'typed-number-in-prose',
    'tests/fixtures/bad/typed-number-in-prose/sections/first.mdx',
    'body line 3',
    /the number "7" is typed into prose/,
  ],
  [
    'unknown-placeholder-in-summary',
    'tests/fixtures/bad/unknown-placeholder-in-summary/sections/first.mdx',
    'summary',
    /\{\{plant-total\}\} is not a fact id/,
  ],
  [
    'duplicate-slug',
    'tests/fixtures/bad/duplicate-slug/sections/second.mdx',
    'slug',
    /"the-district" is used by more than one section/,
  ],
  ['uncited-paragraph', 'tests/fixtures/good/sections/', 'paragraphs', /no section cites paragraph 3 of the report/],
  [
    'paragraph-out-of-range',
    'tests/fixtures/bad/paragraph-out-of-range/facts.yaml',
    'facts[robotaxi-orders].source.paragraph',
    /19 is not a paragraph of the report \(1–3\)/,
  ],
  [
    'number-not-in-quote',
    'tests/fixtures/bad/number-not-in-quote/facts.yaml',
    'facts[district-plants].source.quote',
    /does not contain the value 5/,
  ],
  [
    'quote-too-long',
    'tests/fixtures/bad/quote-too-long/facts.yaml',
    'facts[district-plants].source.quote',
    /has 26 words; keep evidence to at most 25/,
  ],
  [
    'unknown-claimant',
    'tests/fixtures/bad/unknown-claimant/facts.yaml',
    'facts[investment-cny].claimedBy',
    /"daimler" is not in tests\/fixtures\/good\/entities\.yaml/,
  ],
  [
    'unknown-derived-input',
    'tests/fixtures/bad/unknown-derived-input/facts.yaml',
    'facts[implied-rate].derived.inputs',
    /"investment-eur" is not a fact id/,
  ],
  [
    'correction-unknown-section',
    'tests/fixtures/bad/correction-unknown-section/corrections.yaml',
    'corrections[plants-label].sections',
    /"third" is not a section slug/,
  ],
  [
    'correction-unknown-fact',
    'tests/fixtures/bad/correction-unknown-fact/corrections.yaml',
    'corrections[plants-label].facts',
    /"plant-count" is not in tests\/fixtures\/good\/facts\.yaml/,
  ],
  [
    'correction-before-published',
    'tests/fixtures/bad/correction-before-published/corrections.yaml',
    'corrections[plants-label].date',
    /2025-12-31 is before the story was published \(2026-01-01\)/,
  ],
  [
    'correction-after-build',
    'tests/fixtures/bad/correction-after-build/corrections.yaml',
    'corrections[plants-label].date',
    /2027-01-15 is after today's build \(2026-12-31\)/,
  ],
  [
    'correction-typed-number',
    'tests/fixtures/bad/correction-typed-number/corrections.yaml',
    'corrections[plants-label].description',
    /the number "5" is typed in; write \{\{fact-id\}\}/,
  ],
  [
    'correction-history-unknown',
    'tests/fixtures/good/facts.yaml',
    'facts[district-plants].history[0].correction',
    /"plants-label" is not in tests\/fixtures\/bad\/correction-history-unknown\/corrections\.yaml/,
  ],
  [
    'entity-section-mismatch',
    'tests/fixtures/bad/entity-section-mismatch/entities.yaml',
    'entities[bmw].sections',
    /lists "the-district", but .*first\.mdx never names it with <Who id="bmw">/,
  ],
  [
    'unlabelled-analysis',
    'tests/fixtures/bad/unlabelled-analysis/sections/first.mdx',
    'body line 10',
    /"Why it matters" paragraph is our analysis: put it inside <Analysis>/,
  ],
];

describe('broken content stops with a message naming the file and field', () => {
  it.each(CROSS_RECORD_CASES)('%s', (name, file, field, message) => {
    const { bundle, schemaProblems } = readContent(bad(name), GOOD);
    expect(schemaProblems).toEqual([]);
    const problems = findContentProblems(bundle, { today: TODAY, formatter: fmt });
    expect(problems).toContainEqual(expect.objectContaining({ file, field, message: expect.stringMatching(message) }));
    expect(() => assertValidContent(bundle, { today: TODAY, formatter: fmt })).toThrow(ContentError);
    try {
      assertValidContent(bundle, { today: TODAY, formatter: fmt });
    } catch (error) {
      expect((error as Error).message).toContain(`${file} › ${field}:`);
    }
  });
});

/** Broken files and records caught while reading, before any cross-check: file, line, field, message. */
const READ_CASES: [string, string, number, string, RegExp][] = [
  ['missing-kind', 'tests/fixtures/bad/missing-kind/facts.yaml', 1, 'facts[district-plants].kind', /expected one of/i],
  [
    'summary-too-long',
    'tests/fixtures/bad/summary-too-long/sections/second.mdx',
    5,
    'summary',
    /at most 200 characters/,
  ],
  [
    'derived-with-value',
    'tests/fixtures/bad/derived-with-value/facts.yaml',
    36,
    'facts[implied-rate].value',
    /must be left out of a derived fact/,
  ],
  [
    'bad-id-form',
    'tests/fixtures/bad/bad-id-form/glossary.yaml',
    1,
    'terms[New Energy].id',
    /lower-case words joined by hyphens/,
  ],
  [
    'correction-empty-description',
    'tests/fixtures/bad/correction-empty-description/corrections.yaml',
    7,
    'corrections[plants-label].description',
    /must say, in a sentence or two, what was wrong and what is right/,
  ],
  [
    'duplicate-fact-id',
    'tests/fixtures/bad/duplicate-fact-id/facts.yaml',
    17,
    'facts[investment-cny].id',
    /"investment-cny" is used twice, on lines 9 and 17/,
  ],
];

describe('records and files rejected while reading', () => {
  it.each(READ_CASES)('%s', (name, file, line, field, message) => {
    expect(readProblems(bad(name), GOOD)).toContainEqual({
      file,
      line,
      field,
      message: expect.stringMatching(message),
    });
  });
});

describe('helpers', () => {
  it('finds "Why it matters" paragraphs only outside <Analysis> blocks', () => {
    const body = 'Fact.\n\n<Analysis>\n\nWhy it matters: labelled.\n\n</Analysis>\n\nWhy it matters: not labelled.';
    expect(unlabelledAnalysis(body)).toEqual([9]);
    expect(unlabelledAnalysis('<Analysis>\nWhy it matters: fine.\n</Analysis>')).toEqual([]);
  });

  it('finds references with their line numbers', () => {
    expect(findReferences('a <Fact id="x" />\n<Who id="y" form="full">Y</Who> <Term id="z">t</Term>')).toEqual([
      { tag: 'Fact', id: 'x', line: 1 },
      { tag: 'Who', id: 'y', line: 2 },
      { tag: 'Term', id: 'z', line: 2 },
    ]);
  });

  it('ignores digits inside components and comments but not in prose', () => {
    expect(findTypedNumbers('<Fact id="a2" /> {/* 12 */} fine')).toEqual([]);
    expect(findTypedNumbers('line one\nabout 3.5 million')).toEqual([{ text: '3.5', line: 2 }]);
  });

  it('finds a number in its quote as digits, grouped digits, scale words or small-number words', () => {
    expect(quoteHasNumber('an investment of 20 billion yuan', 20e9)).toBe(true);
    expect(quoteHasNumber('about 2.82 billion U.S. dollars', 2.82e9)).toBe(true);
    expect(quoteHasNumber('home to four vehicle plants', 4)).toBe(true);
    expect(quoteHasNumber('40,075 km', 40075)).toBe(true);
    expect(quoteHasNumber('up to 25 to 26 orders', 2)).toBe(false);
    expect(quoteHasNumber('2.82 billion', 2)).toBe(false);
    expect(quoteHasNumber('seven centres', 4)).toBe(false);
  });
});
