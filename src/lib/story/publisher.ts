/**
 * What the publisher of the report's public copy is, as the story names it:
 * an outside fact with a named source (`source.publisherFact` in the story
 * record). The header, the footer and the sources page each say it in their
 * own sentence; the words come from here. Knows nothing about Astro.
 */
import { factText, type FactBook } from '../facts.ts';
import type { Formatter } from '../format.ts';
import type { Fact, Story } from '../schema.ts';

/** The publisher's description as readers see it, and the outside source it comes from. */
export interface PublisherNote {
  /** The outside fact, formatted: what the publisher is. */
  fact: string;
  /** Who says so. */
  source: NonNullable<Fact['outside']>;
}

/**
 * The publisher note of a story, or undefined when the story names no publisher fact.
 * Throws when the fact is missing or is not an outside fact with a source.
 */
export function publisherNote(story: Story, facts: FactBook, fmt: Formatter): PublisherNote | undefined {
  const id = story.source.publisherFact;
  if (!id) return undefined;
  const source = facts.get(id)?.outside;
  if (!source) {
    throw new Error(`content/story.yaml: source.publisherFact "${id}" must name an outside fact with a source`);
  }
  return { fact: factText(facts, id, fmt), source };
}
