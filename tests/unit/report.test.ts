/**
 * How the site speaks of the report: the publisher note (`publisherNote`), one source for the header, the
 * footer and the sources page; and what the story says of the report's date (`reportDating`), filled in.
 */
import { describe, expect, it } from 'vitest';
import { buildFactBook } from '../../src/lib/story/facts.ts';
import { datingFacts, datingPieces, publisherNote, reportDating } from '../../src/lib/story/report.ts';
import { storyContent } from '../support/content.ts';
import { realFacts } from './charts/facts.ts';
import { fmt } from './english.ts';

const story = storyContent().story.data;
const facts = realFacts();

describe('publisherNote', () => {
  it('gives the publisher fact as readers see it, with its outside source', () => {
    const id = story.source.publisherFact;
    const outside = id ? facts.get(id)?.outside : undefined;
    if (!id || !outside) throw new Error('test set-up: the story names no outside publisher fact');
    expect(publisherNote(story, facts, fmt)).toEqual({
      fact: String(facts.get(id)?.value),
      source: { name: outside.name, url: outside.url },
    });
  });

  it('gives none when the story names no publisher fact', () => {
    const { publisherFact: _unused, ...source } = story.source;
    expect(publisherNote({ ...story, source }, facts, fmt)).toBeUndefined();
  });

  it('stops on a publisher fact that is not an outside fact, naming the file and the field', () => {
    const fromReport = [...facts.values()].find((fact) => !fact.outside);
    if (!fromReport) throw new Error('test set-up: no fact from the report');
    const source = { ...story.source, publisherFact: fromReport.id };
    expect(() => publisherNote({ ...story, source }, facts, fmt)).toThrow(
      `story.yaml: source.publisherFact "${fromReport.id}" must name an outside fact with a source`,
    );
  });
});

describe('reportDating', () => {
  const book = buildFactBook([
    {
      id: 'said-when',
      label: 'When',
      value: 'Late April 2024',
      unit: '',
      kind: 'date',
      claimedBy: 'r',
      claimType: 'report',
      source: { paragraph: 8, quote: 'in late April' },
    },
    {
      id: 'year',
      label: 'Year',
      value: 2024,
      unit: '',
      kind: 'year',
      claimedBy: 'r',
      claimType: 'report',
      source: { paragraph: 12, quote: 'The 2024 show' },
    },
    {
      id: 'elsewhere',
      label: 'Elsewhere',
      value: 'Somewhere',
      unit: '',
      kind: 'place',
      outside: { name: 'An atlas', url: 'https://example.org' },
    },
  ]);
  const withDating = (dating: typeof story.source.dating) => ({ ...story, source: { ...story.source, dating } });

  it('fills the period, a fact and the paragraph a fact quotes, and splits out the report’s words', () => {
    const text = 'It covers {covers}: a deal <q>in late April</q> ({{¶said-when}}) and the {{year}} show.';
    const dating = reportDating(
      withDating({ footer: 'Undated; {covers}.', sourcesPage: text, citation: 'undated' }),
      book,
      fmt,
    );
    expect(dating.footer).toBe(`Undated; ${story.source.covers.text}.`);
    expect(dating.citation).toBe('undated');
    expect(dating.sourcesPage).toEqual([
      { text: `It covers ${story.source.covers.text}: a deal ` },
      { quote: 'in late April' },
      { text: ' (¶8) and the 2024 show.' },
    ]);
    expect(datingFacts(text)).toEqual([
      { id: 'said-when', paragraph: true },
      { id: 'year', paragraph: false },
    ]);
  });

  it('stops on the paragraph of a fact that quotes none', () => {
    expect(() => datingPieces('See {{¶elsewhere}}.', story, book, fmt)).toThrow(
      'names a fact that quotes no paragraph',
    );
  });

  it('gives the story’s own dating for every edition’s text', () => {
    const dating = reportDating(story, facts, fmt);
    expect(dating.sourcesPage.some((piece) => 'quote' in piece)).toBe(true);
    expect(dating.footer).toContain(story.source.covers.text);
  });
});
