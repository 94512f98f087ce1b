/** Rules for the story record (src/lib/content/rules/story.ts): each passes the good fixture and fails a broken one. */
import { describe, expect, it } from 'vitest';
import { inBriefFigures, publisherFact, storyFigures } from '../../../src/lib/content/rules/story.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

/** The good fixture with an outside fact, and the story's publisher taken from `id`. */
const withPublisherFact = (id: string) =>
  readEdited(
    {
      'facts.yaml': (t) =>
        `${t}- id: publisher-owner\n  label: Who owns the publisher\n  value: A state-owned company\n  kind: statement\n  outside: { name: Example encyclopedia, url: 'https://example.org/publisher' }\n`,
      'story.yaml': (t) =>
        t.replace('    publisher: Example publisher\n', `    publisher: Example publisher\n    publisherFact: ${id}\n`),
    },
    GOOD,
  );

describe('publisherFact', () => {
  it('passes a publisher fact from a named outside source', () => {
    expect(check(publisherFact, withPublisherFact('publisher-owner'))).toEqual([]);
  });

  it('fails an unknown fact, and a fact from the report', () => {
    const file = goodFile('story.yaml');
    expect(check(publisherFact, withPublisherFact('publisher'))).toEqual([
      { file, field: 'source.publisherFact', message: '"publisher" is not a fact id' },
    ]);
    expect(check(publisherFact, withPublisherFact('plants'))).toEqual([
      { file, field: 'source.publisherFact', message: '"plants" must be an outside fact with a named source' },
    ]);
  });
});

describe('storyFigures', () => {
  it('passes a headline and dek with figures in words', () => {
    expect(check(storyFigures, fixture())).toEqual([]);
  });

  it('fails a digit typed into the dek', () => {
    expect(check(storyFigures, fixture('typed-number-in-dek'))).toEqual([
      {
        file: badFile('typed-number-in-dek', 'story.yaml'),
        field: 'dek',
        message: 'the number "2" is typed in; leave figures to the facts',
      },
    ]);
  });
});

describe('inBriefFigures', () => {
  it('passes bullets whose figures are {{fact-id}} placeholders', () => {
    expect(check(inBriefFigures, fixture())).toEqual([]);
  });

  it('fails an unknown placeholder and a typed figure, naming the bullet', () => {
    expect(check(inBriefFigures, fixture('in-brief-unknown-fact'))).toEqual([
      {
        file: badFile('in-brief-unknown-fact', 'story.yaml'),
        field: 'inBrief[0]',
        message: '{{no-such-fact}} is not a fact id',
      },
    ]);
    expect(check(inBriefFigures, fixture('in-brief-typed-number'))).toEqual([
      {
        file: badFile('in-brief-typed-number', 'story.yaml'),
        field: 'inBrief[1]',
        message: 'the number "4" is typed in; write {{fact-id}} so it has one source',
      },
    ]);
  });
});
