/**
 * Says in words where a fact comes from: "Report ¶8, BMW's own figure", or
 * "Derived: …", or "Outside source: …". Used in tooltips, tables and share
 * cards so a reader always sees whose claim a number is.
 */
import type { ResolvedFact } from './facts.ts';
import type { ClaimType, Entity } from './schema.ts';

/** How each claim type reads after the claimant's name. */
const CLAIM_PHRASES: Record<ClaimType, (name: string, person: boolean) => string> = {
  report: () => 'the report’s own statement',
  official: (name) => `an official’s statement (${name})`,
  company: (name) => `${name}’s own figure or view`,
  // A person's view is theirs, not their association's.
  'industry-body': (name, person) =>
    person ? `the view of an industry-body official (${name})` : `an industry body’s view (${name})`,
  expert: (name) => `an expert’s view (${name})`,
  participants: (name) => `what ${name.toLowerCase()} said`,
};

/** Who makes a claim, as a phrase: "Pony.ai's own figure or view". */
export function describeClaim(fact: ResolvedFact, entities: ReadonlyMap<string, Entity>): string {
  if (!fact.claimType || !fact.claimedBy) return '';
  const entity = entities.get(fact.claimedBy);
  const name = entity?.shortName ?? entity?.name ?? fact.claimedBy;
  return CLAIM_PHRASES[fact.claimType](name, entity?.type === 'person');
}

/** One line on where a fact comes from. */
export function describeProvenance(fact: ResolvedFact, entities: ReadonlyMap<string, Entity>): string {
  if (fact.source) return `Report ¶${fact.source.paragraph}: “${fact.source.quote}” — ${describeClaim(fact, entities)}`;
  if (fact.derived) return `Derived here: ${fact.derived.explanation}`;
  if (fact.outside) return `Outside source: ${fact.outside.name}`;
  return '';
}
