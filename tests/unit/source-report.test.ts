/** The publisher note (`publisherNote`): one source for the header, the footer and the sources page. */
import { describe, expect, it } from 'vitest';
import { publisherNote } from '../../src/lib/story/source-report.ts';
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
      `content/story.yaml: source.publisherFact "${fromReport.id}" must name an outside fact with a source`,
    );
  });
});
