/**
 * The who's who as the story shows it: people, organisations and places in
 * the edition's sort order, each with its role (capitalised), the
 * organisation it speaks for, the people who speak for it and the sections it
 * appears in. Knows nothing about Astro.
 */
import { ENTITY_GROUPS, entitiesOfType, sortedForReaders } from './entities.ts';
import type { Entity, Story } from '../content/schema.ts';

/** One who's-who entry ready to render. */
export interface WhoEntry {
  entity: Entity;
  /** Its role with a capital, as the entry starts with it. */
  role: string | undefined;
  /** The organisation a person speaks for. */
  organisation: Entity | undefined;
  /** The people who speak for an organisation, in file order. */
  people: Entity[];
  /** The sections it appears in, with their titles. */
  sections: { slug: string; title: string | undefined }[];
}

/** A group of the who's who: its heading's key in `whosWho.*` and its entries. */
export interface WhoGroup {
  heading: (typeof ENTITY_GROUPS)[number]['heading'];
  entries: WhoEntry[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The year of the report's events: titles in the who's who are as the report gave them then. */
export function reportYear(story: Story): string {
  return story.source.covers.from.slice(0, 4);
}

/** The groups in the order they are shown, each sorted for readers of the edition (`compare`); a story's empty groups are left out. */
export function whosWhoGroups(
  entities: ReadonlyMap<string, Entity>,
  sections: readonly { slug: string; title: string }[],
  compare: (a: string, b: string) => number,
): WhoGroup[] {
  const titles = new Map(sections.map((s) => [s.slug, s.title]));
  const all = [...entities.values()];
  const entry = (entity: Entity): WhoEntry => ({
    entity,
    role: entity.role ? capitalised(entity.role) : undefined,
    organisation: entity.organisation ? entities.get(entity.organisation) : undefined,
    people: all.filter((e) => e.type === 'person' && e.organisation === entity.id),
    sections: entity.sections.map((slug) => ({ slug, title: titles.get(slug) })),
  });
  return ENTITY_GROUPS.map(({ type, heading }) => ({
    heading,
    entries: sortedForReaders(entitiesOfType(all, type), compare).map(entry),
  })).filter((group) => group.entries.length > 0);
}
