/**
 * Rules for the who's who: what an entry names (its organisation, the fact
 * holding its coordinates, the sections it appears in) exists.
 */
import { idsOf, problem, type ContentRule } from './shared.ts';

/** An entry's organisation is an entry, its coordinates a fact, its sections section slugs. */
export const entityReferences: ContentRule = (bundle) => {
  const { file, records } = bundle.entities;
  const entityIds = idsOf(records);
  const factIds = idsOf(bundle.facts.records);
  const slugs = new Set(bundle.sections.map((s) => s.data.slug));
  return records.flatMap((entity) => {
    const at = (field: string) => `entities[${entity.id}].${field}`;
    return [
      ...(entity.organisation && !entityIds.has(entity.organisation)
        ? [problem(file, at('organisation'), `"${entity.organisation}" is not an entry of this file`)]
        : []),
      ...(entity.coordinates && !factIds.has(entity.coordinates)
        ? [problem(file, at('coordinates'), `"${entity.coordinates}" is not a fact id`)]
        : []),
      ...entity.sections
        .filter((slug) => !slugs.has(slug))
        .map((slug) => problem(file, at('sections'), `"${slug}" is not a section slug`)),
    ];
  });
};
