/**
 * How the site speaks of the report and its date: what is known is the period
 * of the events it describes, the date of its public copy and what the story
 * says of its dating (`source.dating`, in the story's content). Every page that
 * dates the report uses these words, so none invents a date it was written.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { Formatter } from '../text/format.ts';
import type { Story } from '../content/schema.ts';
import { factText, getFact, type FactBook } from './facts.ts';

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
  if (!outside) throw new Error(`story.yaml: source.publisherFact "${id}" must name an outside fact with a source`);
  return { fact: factText(facts, id, fmt), source: { name: outside.name, url: outside.url } };
}

/** A piece of a dating text: our words, or the report's own words, quoted. */
export type DatingPiece = { text: string } | { quote: string };

/** The story's dating texts filled in: the footer's and the citation's as text, the sources page's in pieces. */
export interface ReportDating {
  footer: string;
  citation: string;
  sourcesPage: DatingPiece[];
}

/** `{covers}`, `{{¶fact-id}}` and `{{fact-id}}` in a dating text, and `<q>…</q>` around the report's words. */
const DATING_PLACEHOLDER = /\{covers\}|\{\{\s*(¶?)([a-z0-9-]+)\s*\}\}/g;
const DATING_QUOTE = /<q>([^<]*)<\/q>/g;

/** The facts a dating text names, each with whether it wants the fact's paragraph (`{{¶id}}`) or its value. */
export function datingFacts(text: string): { id: string; paragraph: boolean }[] {
  return [...text.matchAll(DATING_PLACEHOLDER)]
    .filter((match) => match[2] !== undefined)
    .map((match) => ({ id: match[2] ?? '', paragraph: match[1] === '¶' }));
}

/** The report's own words a dating text quotes, in order. */
export function datingQuotes(text: string): string[] {
  return [...text.matchAll(DATING_QUOTE)].map((match) => match[1] ?? '');
}

/** What is left of a dating text once its placeholders and quotes are taken out (for the rules: stray braces, tags). */
export function datingRest(text: string): string {
  return text.replace(DATING_PLACEHOLDER, ' ').replace(DATING_QUOTE, ' ');
}

/** A dating text's placeholders filled in: the period, a fact's value, the paragraph a fact quotes. */
function fillDating(text: string, story: Story, facts: FactBook, fmt: Formatter): string {
  return text.replace(DATING_PLACEHOLDER, (whole, mark: string | undefined, id: string | undefined) => {
    if (id === undefined) return story.source.covers.text;
    if (mark !== '¶') return factText(facts, id, fmt);
    const paragraph = getFact(facts, id).source?.paragraph;
    if (paragraph === undefined) throw new Error(`source.dating: ${whole} names a fact that quotes no paragraph`);
    return fmt.paragraph(paragraph);
  });
}

/** A dating text in pieces: our words (placeholders filled in) and the report's words between them. */
export function datingPieces(text: string, story: Story, facts: FactBook, fmt: Formatter): DatingPiece[] {
  const pieces: DatingPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(DATING_QUOTE)) {
    if (match.index > last) pieces.push({ text: fillDating(text.slice(last, match.index), story, facts, fmt) });
    pieces.push({ quote: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: fillDating(text.slice(last), story, facts, fmt) });
  return pieces;
}

/** The story's dating texts, in the edition's words, filled in. */
export function reportDating(story: Story, facts: FactBook, fmt: Formatter): ReportDating {
  const { dating } = story.source;
  return {
    footer: fillDating(dating.footer, story, facts, fmt),
    citation: fillDating(dating.citation, story, facts, fmt),
    sourcesPage: datingPieces(dating.sourcesPage, story, facts, fmt),
  };
}
