/**
 * Who's-who helpers: anchors and grouping for people, organisations and places.
 * Knows nothing about Astro.
 */
import type { Entity } from './schema.ts';

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

/** Entities of one type, in file order. Groups and publications are not listed in the who's who. */
export function entitiesOfType(entities: Iterable<Entity>, type: Entity['type']): Entity[] {
  return [...entities].filter((entity) => entity.type === type);
}
