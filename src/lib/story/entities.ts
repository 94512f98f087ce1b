/**
 * Who's-who helpers: anchors and grouping for people, organisations and places.
 * Knows nothing about Astro.
 */
import type { Entity } from '../content/schema.ts';

/** The fragment id of an entity's who's-who entry: `who-du-yue`. */
export function entityAnchor(id: string): string {
  return `who-${id}`;
}

/** The fragment id of a glossary entry: `term-nev`. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/** The who's-who groups in the order they are shown, with the UI-string key (`whosWho.*`) of each heading. */
export const ENTITY_GROUPS = [
  { type: 'person', heading: 'people' },
  { type: 'organisation', heading: 'organisations' },
  { type: 'place', heading: 'places' },
] as const;

/** Whether an entity has a who's-who entry to link to: groups and publications are named without one. */
export function hasWhoEntry(entity: Entity): boolean {
  return entity.type !== 'group' && entity.type !== 'publication';
}

/**
 * The key a reader looks a name up by: a person's family name (`shortName`,
 * the name the prose uses on second mention: "Zipse", "Peng", "齐普策"), then
 * the full name; an organisation or place by its name.
 */
export function sortKey(entity: Entity): string {
  return entity.type === 'person' && entity.shortName ? entity.shortName : entity.name;
}

/**
 * Entities in the order of the edition's language (`compare`: an
 * `Intl.Collator`, pinyin order in Chinese), people by family name; ties by
 * the full name, then the id, so the order never depends on the file.
 */
export function sortedForReaders(entities: Iterable<Entity>, compare: (a: string, b: string) => number): Entity[] {
  return [...entities].sort(
    (a, b) => compare(sortKey(a), sortKey(b)) || compare(a.name, b.name) || a.id.localeCompare(b.id, 'en'),
  );
}

/** Entities of one type, in file order. Groups and publications are not listed in the who's who. */
export function entitiesOfType(entities: Iterable<Entity>, type: Entity['type']): Entity[] {
  return [...entities].filter((entity) => entity.type === type);
}
