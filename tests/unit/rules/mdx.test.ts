/** Rules for the sections' MDX bodies (src/lib/content/rules/mdx.ts), read from each section's tree. */
import { describe, expect, it } from 'vitest';
import {
  entitySections,
  findTypedNumbers,
  labelledAnalysis,
  mdxReferences,
  proseFigures,
} from '../../../src/lib/content/rules/mdx.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

const FIRST = 'sections/first.mdx';
const SECOND = 'sections/second.mdx';

/** The good fixture with a line added to the end of its first section. */
const withLine = (line: string) => readEdited({ [FIRST]: (t) => `${t}\n${line}\n` }, GOOD);

describe('mdxReferences', () => {
  it('passes components naming facts, entries, terms and charts that exist', () => {
    expect(check(mdxReferences, fixture())).toEqual([]);
    expect(check(mdxReferences, withLine('<Chart id="investment" />'))).toEqual([]);
  });

  it('fails an unknown fact, naming the body line', () => {
    expect(check(mdxReferences, fixture('unknown-fact-in-mdx'))).toEqual([
      {
        file: badFile('unknown-fact-in-mdx', FIRST),
        field: 'body line 2 <Fact id>',
        message: '"plant-count" is not in tests/fixtures/good/facts.yaml',
      },
    ]);
  });

  it('reads ids in single quotes and tags split over lines, but not tags inside comments', () => {
    const bundle = withLine('<Term\n  id=\'ev\'>EVs</Term> {/* <Fact id="in-a-comment" /> */}');
    expect(check(mdxReferences, bundle)).toEqual([
      {
        file: goodFile(FIRST),
        field: 'body line 4 <Term id>',
        message: '"ev" is not in tests/fixtures/good/glossary.yaml',
      },
    ]);
  });

  it('checks <Quote id> against the story’s quotes, and fails it where there are none', () => {
    const bundle = withLine('<Quote id="du-yue-lead" />');
    const quote = {
      id: 'du-yue-lead',
      speaker: 'du-yue',
      affiliation: 'Shunyi',
      paragraph: 4,
      text: 'A quotation here.',
    };
    const quotes = { file: 'content/quotes.yaml', records: [quote] };
    expect(check(mdxReferences, { ...bundle, quotes })).toEqual([]);
    expect(check(mdxReferences, bundle)).toEqual([
      {
        file: goodFile(FIRST),
        field: 'body line 4 <Quote id>',
        message: '"du-yue-lead" is not in a quotes file (this story has none)',
      },
    ]);
    expect(check(mdxReferences, { ...bundle, quotes: { ...quotes, records: [{ ...quote, id: 'other' }] } })).toEqual([
      expect.objectContaining({ message: '"du-yue-lead" is not in content/quotes.yaml' }),
    ]);
  });
});

describe('entitySections', () => {
  it('passes entries listing exactly the sections that name them', () => {
    expect(check(entitySections, fixture())).toEqual([]);
  });

  it('fails an entry listing a section that never names it', () => {
    expect(check(entitySections, fixture('entity-section-mismatch'))).toEqual([
      {
        file: badFile('entity-section-mismatch', 'entities.yaml'),
        field: 'entities[bmw].sections',
        message: 'lists "the-district", but tests/fixtures/good/sections/first.mdx never names it with <Who id="bmw">',
      },
    ]);
  });

  it('fails a section naming an entry that does not list it', () => {
    const bundle = readEdited({ [SECOND]: (t) => `${t}\nAs <Who id="du-yue" form="short" /> said.\n` }, GOOD);
    expect(check(entitySections, bundle)).toEqual([
      {
        file: goodFile('entities.yaml'),
        field: 'entities[du-yue].sections',
        message:
          'does not list "the-carmaker", but tests/fixtures/good/sections/second.mdx names it with <Who id="du-yue">',
      },
    ]);
  });
});

describe('labelledAnalysis', () => {
  it('passes a "Why it matters" paragraph inside <Analysis>', () => {
    expect(check(labelledAnalysis, withLine('<Analysis>\n\n**Why it matters:** labelled.\n\n</Analysis>'))).toEqual([]);
  });

  it('fails one outside, naming its line', () => {
    expect(check(labelledAnalysis, fixture('unlabelled-analysis'))).toEqual([
      {
        file: badFile('unlabelled-analysis', FIRST),
        field: 'body line 10',
        message:
          'a "Why it matters" paragraph is our analysis: put it inside <Analysis>…</Analysis> so readers see the label',
      },
    ]);
  });
});

describe('proseFigures', () => {
  it('passes prose whose figures come through <Fact>, with digits only in attributes and comments', () => {
    expect(check(proseFigures, fixture())).toEqual([]);
    expect(
      check(proseFigures, withLine('Both <Fact id="district-plants" form="words" /> {/* 4, checked 2024 */}.')),
    ).toEqual([]);
  });

  it('fails a digit typed into prose, naming its line', () => {
    expect(check(proseFigures, fixture('typed-number-in-prose'))).toEqual([
      {
        file: badFile('typed-number-in-prose', FIRST),
        field: 'body line 3',
        message: 'the number "7" is typed into prose; show it with <Fact id="…" /> so it has one source',
      },
    ]);
  });

  it('finds digits inside a component’s words, a list and a heading, each on its own line', () => {
    expect(findTypedNumbers('## Top 10\n\n- one\n- <Term id="nev">2 kinds</Term>, then 3.5.')).toEqual([
      { text: '10', line: 1 },
      { text: '2', line: 4 },
      { text: '3.5.', line: 4 },
    ]);
  });
});
