/**
 * How the site speaks of the report's date. The report carries no date of its
 * own: what is known is the period of the events it describes and the date of
 * its public copy. Every page that dates the report uses these words, so none
 * invents a date the report was written.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { Formatter } from '../text/format.ts';
import type { Story } from '../content/schema.ts';
import { factText, type FactBook } from './facts.ts';

/** The note at the top of the story: how old the report is and what the explainer does not cover. */
export function reportAgeNote(story: Story, t: UiStrings): string {
  return fill(t.header.ageNote, { kind: story.source.kind, covers: story.source.covers.text });
}

/** The share cards' footer: what the explainer is based on, dated by the public copy. */
export function shareCardFooter(story: Story, t: UiStrings, fmt: Formatter): string {
  return fill(t.share_card.footer, {
    kind: story.source.kind,
    dateline: story.source.dateline,
    date: fmt.date(story.source.published),
  });
}

/** The events' period for machines, as an ISO 8601 interval of months ("2024-04/2024-05"). */
export function coversInterval(story: Story): string {
  const { from, to } = story.source.covers;
  return from === to ? from : `${from}/${to}`;
}

/** What the publisher of the report's public copy is: an outside fact, and the source that says so. */
export interface PublisherNote {
  /** The fact as readers see it. */
  fact: string;
  /** Who says so, linked. */
  source: { name: string; url: string };
}

/**
 * The publisher note, written in one place for the story header, the footer
 * and the sources page; none when the story names no `source.publisherFact`.
 * A fact that is not an outside fact stops the build (the content rules say so first).
 */
export function publisherNote(story: Story, facts: FactBook, fmt: Formatter): PublisherNote | undefined {
  const id = story.source.publisherFact;
  if (!id) return undefined;
  const outside = facts.get(id)?.outside;
  if (!outside)
    throw new Error(`content/story.yaml: source.publisherFact "${id}" must name an outside fact with a source`);
  return { fact: factText(facts, id, fmt), source: { name: outside.name, url: outside.url } };
}
