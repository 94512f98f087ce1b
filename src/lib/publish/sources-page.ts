/**
 * What the sources page shows besides its fixed words: the intro's date and
 * paragraph numbers, the fact tables grouped by where each fact comes from
 * (with who claims each report fact and the inputs of each derived one), and
 * the who's-who entries and glossary terms that draw on an outside source.
 * Knows nothing about Astro.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { hasWhoEntry } from '../story/entities.ts';
import type { FactRecord } from './fact-export.ts';
import { getFact, type FactBook, type FactOrigin } from '../story/facts.ts';
import type { Formatter } from '../text/format.ts';
import { describeClaim } from '../story/provenance.ts';
import type { Routes } from '../site/routes.ts';
import type { Entity, Fact, FactKind, Story, Term } from '../content/schema.ts';

/**
 * The intro's values that are not words of the edition: the public copy's date and the report's first and
 * last paragraphs. How the report is dated is the story's own (`StoryModel.dating.sourcesPage`).
 */
export function sourcesIntro(story: Story, fmt: Formatter) {
  return {
    date: fmt.date(story.source.published),
    first: fmt.paragraph(1),
    last: fmt.paragraph(story.source.paragraphs),
  };
}

/** One row of a fact table. */
export interface FactRow {
  record: FactRecord;
  /** The fact's kind in the edition's words. */
  kind: string;
  /** Who claims a report fact: their name, linked where they have a who's-who entry. */
  claimant?: { name: string; href?: string };
  /** Whose claim it is, as a phrase ("BMW's own figure or view"); empty when the fact names no claimant. */
  claim: string;
  /** The inputs of a derived fact, with their labels, for links to their rows. */
  inputs: { id: string; label: string | undefined }[];
}

/** A fact table: the facts of one origin. */
export interface FactGroup {
  origin: FactOrigin;
  heading: string;
  intro: string;
  /** The heading of the last column: evidence, formula or source. */
  sourceHeading: string;
  rows: FactRow[];
}

/** The fact tables in reading order: the report's facts, the derived ones, the outside ones. */
export function factGroups(
  records: readonly FactRecord[],
  facts: FactBook,
  entities: ReadonlyMap<string, Entity>,
  { t, routes }: { t: UiStrings; routes: Routes },
): FactGroup[] {
  const labelOf = new Map(records.map((r) => [r.id, r.label]));
  const row = (record: FactRecord): FactRow => {
    const claimant = record.claimedBy ? entities.get(record.claimedBy) : undefined;
    return {
      record,
      kind: t.sources.kinds[record.kind as FactKind],
      ...(claimant
        ? { claimant: { name: claimant.name, ...(hasWhoEntry(claimant) ? { href: routes.entity(claimant.id) } : {}) } }
        : {}),
      claim: describeClaim(getFact(facts, record.id), entities, t),
      inputs: (record.derived?.inputs ?? []).map((id) => ({ id, label: labelOf.get(id) })),
    };
  };
  const s = t.sources;
  const groups: Omit<FactGroup, 'rows'>[] = [
    { origin: 'report', heading: s.reportHeading, intro: s.reportIntro, sourceHeading: s.evidence },
    { origin: 'derived', heading: s.derivedHeading, intro: s.derivedIntro, sourceHeading: s.formula },
    { origin: 'outside', heading: s.outsideHeading, intro: s.outsideIntro, sourceHeading: s.source },
  ];
  return groups.map((group) => ({ ...group, rows: records.filter((r) => r.origin === group.origin).map(row) }));
}

/** A who's-who entry or glossary term whose text draws on an outside source. */
export interface ContextEntry {
  /** "Who's who" or "Glossary", in the edition's words. */
  kind: string;
  name: string;
  href: string;
  source: NonNullable<Fact['outside']>;
}

/** The who's-who entries, then the glossary terms, that name an outside source. */
export function outsideContext(
  entities: Iterable<Entity>,
  terms: Iterable<Term>,
  { t, routes }: { t: UiStrings; routes: Routes },
): ContextEntry[] {
  const entries: ContextEntry[] = [];
  for (const e of entities) {
    if (e.source)
      entries.push({ kind: t.sources.contextWho, name: e.name, href: routes.entity(e.id), source: e.source });
  }
  for (const term of terms) {
    if (term.source) {
      entries.push({
        kind: t.sources.contextGlossary,
        name: term.term,
        href: routes.term(term.id),
        source: term.source,
      });
    }
  }
  return entries;
}
