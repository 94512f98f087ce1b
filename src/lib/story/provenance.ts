/**
 * Says in words where a fact comes from: "Report ¶8: “…” — BMW's own figure
 * or view", or "Derived here: …", or "Outside source: …", in the edition's
 * language. Used in tooltips, tables and share cards so a reader always sees
 * whose claim a number is.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { ResolvedFact } from './facts.ts';
import type { Formatter } from '../text/format.ts';
import type { ClaimType, Entity } from '../content/schema.ts';

/** The UI-string key for each claim type. */
const CLAIM_KEYS: Record<ClaimType, keyof UiStrings['claims']> = {
  report: 'report',
  official: 'official',
  company: 'company',
  'industry-body': 'industryBody',
  expert: 'expert',
  participants: 'participants',
};

/** Who makes a claim, as a phrase: "Pony.ai's own figure or view". */
export function describeClaim(fact: ResolvedFact, entities: ReadonlyMap<string, Entity>, t: UiStrings): string {
  if (!fact.claimType || !fact.claimedBy) return '';
  const entity = entities.get(fact.claimedBy);
  const name = entity?.shortName ?? entity?.name ?? fact.claimedBy;
  // A person's view is theirs, not their association's.
  const key =
    fact.claimType === 'industry-body' && entity?.type === 'person' ? 'industryBodyPerson' : CLAIM_KEYS[fact.claimType];
  // "Forum participants" reads lower-cased inside an English sentence; German nouns keep their capital.
  const lowered = fact.claimType === 'participants' && t.format.lowerMidSentence;
  return fill(t.claims[key], { name: lowered ? name.toLowerCase() : name });
}

/** One line on where a fact comes from. */
export function describeProvenance(
  fact: ResolvedFact,
  entities: ReadonlyMap<string, Entity>,
  t: UiStrings,
  fmt: Formatter,
): string {
  if (fact.source) {
    return fill(t.claims.fromReport, {
      paragraph: fmt.paragraph(fact.source.paragraph),
      quote: fact.source.quote,
      claim: describeClaim(fact, entities, t),
    });
  }
  if (fact.derived) return fill(t.claims.derived, { explanation: fact.derived.explanation });
  if (fact.outside) return fill(t.claims.outside, { name: fact.outside.name });
  return '';
}

/**
 * Paragraph numbers as runs of consecutive numbers, for a short source line:
 * [1, 2, 4, 12, 13, 14] → [[1, 2], [4, 4], [12, 14]]. Sorted and deduplicated first.
 */
export function paragraphRuns(paragraphs: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of [...new Set(paragraphs)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
