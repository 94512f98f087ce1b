/**
 * The corrections record: which notes a section shows, the date the story was
 * last changed, and the Atom feed of changes. Pure: it takes validated
 * correction records (`schema.ts`) and returns data or text; pages and
 * components render it. It knows nothing about Astro or files.
 */
import type { Correction, CorrectionKind } from '../content/schema.ts';

/** What a reader sees before each kind of note, in an edition's words. */
type CorrectionLabels = Record<CorrectionKind, string>;

/**
 * Corrections newest first: by date, and entries of the same day in the order
 * given. `corrections.yaml` lists them newest first (a new entry goes at the
 * top; `correctionOrder` checks it), so pass them in the file's order.
 */
export function newestFirst<C extends Pick<Correction, 'date'>>(corrections: readonly C[]): C[] {
  return corrections
    .map((correction, i) => ({ correction, i }))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.i - b.i)
    .map(({ correction }) => correction);
}

/**
 * Puts corrections back in the order their file lists them (the order they
 * were published): Astro's loader does not keep it. `fileOrder` is the ids as
 * the file lists them; an id it lacks is an error, never a guess.
 */
export function inFileOrder<C extends Pick<Correction, 'id'>>(
  corrections: readonly C[],
  fileOrder: readonly string[],
): C[] {
  const rank = new Map(fileOrder.map((id, i) => [id, i]));
  for (const c of corrections)
    if (!rank.has(c.id)) throw new Error(`correction "${c.id}" is not in the corrections file`);
  return [...corrections].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/**
 * A correction's summary is a few words: at most `maxWords` words, or, in
 * text written in Chinese characters, at most twice that many characters, so
 * that the line a section shows ("Corrected 28 November 2026: …") stays
 * within 25 words (40 Chinese characters).
 */
export function summaryLengthProblems(summary: string, maxWords: number): string[] {
  const han = [...summary].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
  if (han > 0) {
    const chars = [...summary.replace(/\s/g, '')].length;
    return chars > maxWords * 2 ? [`has ${chars} characters: at most ${maxWords * 2}`] : [];
  }
  const words = summary.split(/\s+/).filter(Boolean).length;
  return words > maxWords ? [`has ${words} words: at most ${maxWords}`] : [];
}

/** The notes a section shows: those that name it (once each), newest first. */
export function correctionsForSection(corrections: readonly Correction[], slug: string): Correction[] {
  return newestFirst(corrections.filter((c) => c.sections.includes(slug)));
}

/**
 * The one line under the story's header for the story-wide notes (pass
 * `storyWideCorrections(…)`): the newest one's kind and date stand for all of
 * them; the line links to the corrections page, where each is told in full.
 * Undefined when there is none.
 */
export function storyWideLine(corrections: readonly Correction[]): { kind: CorrectionKind; date: string } | undefined {
  const [newest] = newestFirst(corrections);
  return newest ? { kind: newest.kind, date: newest.date } : undefined;
}

/** The notes shown under the story's header: those that name no section (the story as a whole). */
export function storyWideCorrections(corrections: readonly Correction[]): Correction[] {
  return newestFirst(corrections.filter((c) => c.sections.length === 0));
}

/**
 * When the story last changed for readers: the latest correction,
 * clarification or update, or the publication date when there is none. Typo
 * fixes are not recorded, so they never move it.
 */
export function lastModified(published: string, corrections: readonly Correction[]): string {
  return corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), published);
}

/**
 * What changed on a section's own page: the notes that name the section, and a
 * modified date moved by those and by changes to the story as a whole.
 */
export function sectionChanges(
  published: string,
  corrections: readonly Correction[],
  slug: string,
): { modified: string; corrections: Correction[] } {
  const touching = corrections.filter((c) => c.sections.length === 0 || c.sections.includes(slug));
  return { modified: lastModified(published, touching), corrections: correctionsForSection(corrections, slug) };
}

/** The `#fragment` of a correction on the corrections page. */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}

/** Everything the Atom feed says, as plain values (absolute URLs). */
interface FeedInput {
  /** Feed title. */
  title: string;
  /** Short description of the feed. */
  subtitle: string;
  /** Language tag of the entries. */
  language: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the corrections page. */
  pageUrl: string;
  /** Absolute URL of one entry on it. */
  entryUrl(id: string): string;
  /** Who publishes it. */
  author: string;
  /** The story's publication date, YYYY-MM-DD: the feed's date when there is no entry. */
  published: string;
  /** The entries, any order. */
  corrections: readonly Correction[];
  /** What each kind of note is called. */
  labels: CorrectionLabels;
  /** Entry title's words when a note touches the whole story. */
  wholeStory: string;
  /** The edition's punctuation for "Kind: sections" in entry titles. */
  words: LabelledWords;
  /** Turns a section slug into its title, for entry titles. */
  sectionTitle: (slug: string) => string;
  /** Before an outside source's name in an entry's text: "Source:". */
  sourceLabel: string;
}

/** A correction's full text, with its outside source when it has one: the feed's entry content. */
export function fullText(correction: Correction, sourceLabel: string): string {
  const { source } = correction;
  return source
    ? `${correction.description} ${sourceLabel} ${source.name}, ${source.date}, ${source.url}`
    : correction.description;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A YYYY-MM-DD date as an RFC 3339 timestamp at midnight UTC. */
function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** How an edition writes a kind before a text, and a list of section titles, with its own punctuation. */
interface LabelledWords {
  /** The kind, then the text, with {kind} and {text}: "{kind}: {text}" (Chinese "{kind}：{text}"). */
  labelled: string;
  /** Between section titles: "; " (Chinese "；"). */
  separator: string;
}

/** A kind's label before a text, in the edition's template: "Update: …" (the JSON-LD text, the feed's titles). */
export function labelledText(kind: string, text: string, words: LabelledWords): string {
  return words.labelled.replace('{kind}', () => kind).replace('{text}', () => text);
}

/** The title of a feed entry: "Correction: BMW adds billions …", or "Update: the whole story". */
export function entryTitle(
  correction: Correction,
  sectionTitle: (slug: string) => string,
  labels: CorrectionLabels,
  wholeStory: string,
  words: LabelledWords,
): string {
  const where =
    correction.sections.length > 0 ? correction.sections.map(sectionTitle).join(words.separator) : wholeStory;
  return labelledText(labels[correction.kind], where, words);
}

/** An Atom 1.0 feed (RFC 4287) with one entry per correction, clarification or update. */
export function atomFeed(input: FeedInput): string {
  const entries = newestFirst(input.corrections);
  const updated = atomDate(lastModified(input.published, input.corrections));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(input.language)}">`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <id>${escapeXml(input.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    ...entries.flatMap((correction) => {
      const url = input.entryUrl(correction.id);
      return [
        '  <entry>',
        `    <title>${escapeXml(entryTitle(correction, input.sectionTitle, input.labels, input.wholeStory, input.words))}</title>`,
        `    <id>${escapeXml(url)}</id>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
        `    <published>${atomDate(correction.date)}</published>`,
        `    <updated>${atomDate(correction.date)}</updated>`,
        `    <category term="${correction.kind}"/>`,
        `    <summary type="text">${escapeXml(correction.summary)}</summary>`,
        `    <content type="text">${escapeXml(fullText(correction, input.sourceLabel))}</content>`,
        '  </entry>',
      ];
    }),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
