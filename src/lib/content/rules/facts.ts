/**
 * Rules for facts: the evidence of each fact from the report (paragraph,
 * quote length, the number standing in the quote), the records a fact names,
 * and the derived facts computing from their inputs.
 */
import { buildFactBook, FactError, type FactBook } from '../../story/facts.ts';
import { isRange, numberSpellings } from '../../text/format.ts';
import type { ContentBundle } from '../bundle.ts';
import { duplicates, idsOf, notInReport, problem, type ContentRule } from './shared.ts';

/** Longest evidence quote, in words. */
export const MAX_QUOTE_WORDS = 25;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the evidence quote contains the number, in any way the report might write it. */
export function quoteHasNumber(quote: string, value: number): boolean {
  const text = quote.toLowerCase();
  return numberSpellings(value).some((spelling) =>
    new RegExp(`(^|[^\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`).test(text),
  );
}

/** A fact from the report cites one of its paragraphs with a short quote that holds the fact's number. */
export const factEvidence: ContentRule = (bundle) => {
  const { file } = bundle.facts;
  return bundle.facts.records.flatMap((fact) => {
    if (!fact.source) return [];
    const at = (field: string) => `facts[${fact.id}].${field}`;
    const { paragraph, quote } = fact.source;
    const outside = notInReport(bundle, paragraph);
    const words = wordCount(quote);
    const numbers =
      typeof fact.value === 'number'
        ? [fact.value]
        : fact.value !== undefined && isRange(fact.value)
          ? [fact.value.min, fact.value.max]
          : [];
    return [
      ...(outside ? [problem(file, at('source.paragraph'), outside)] : []),
      ...(words > MAX_QUOTE_WORDS
        ? [problem(file, at('source.quote'), `has ${words} words; keep evidence to at most ${MAX_QUOTE_WORDS}`)]
        : []),
      ...numbers
        .filter((n) => !quoteHasNumber(quote, n))
        .map((n) =>
          problem(file, at('source.quote'), `does not contain the value ${n} (as digits or a word): "${quote}"`),
        ),
    ];
  });
};

/** A fact's claimant is an entry of the who's who, and a derived fact's inputs are facts. */
export const factReferences: ContentRule = (bundle) => {
  const { file } = bundle.facts;
  const factIds = idsOf(bundle.facts.records);
  const entityIds = idsOf(bundle.entities.records);
  return bundle.facts.records.flatMap((fact) => [
    ...(fact.claimedBy && !entityIds.has(fact.claimedBy)
      ? [problem(file, `facts[${fact.id}].claimedBy`, `"${fact.claimedBy}" is not in ${bundle.entities.file}`)]
      : []),
    ...(fact.derived?.inputs ?? [])
      .filter((input) => !factIds.has(input))
      .map((input) => problem(file, `facts[${fact.id}].derived.inputs`, `"${input}" is not a fact id`)),
  ]);
};

/**
 * The fact book, or why it cannot be built. `undefined` when the facts repeat
 * an id or name an unknown input: `uniqueRecordIds` and `factReferences`
 * report those, and no book is tried.
 */
export function factBookOf(bundle: ContentBundle): { book: FactBook } | { error: string } | undefined {
  const facts = bundle.facts.records;
  const ids = idsOf(facts);
  const inputsKnown = facts.every((fact) => (fact.derived?.inputs ?? []).every((input) => ids.has(input)));
  if (!inputsKnown || duplicates(facts.map((f) => f.id)).length > 0) return undefined;
  try {
    return { book: buildFactBook(facts) };
  } catch (error) {
    if (!(error instanceof FactError)) throw error;
    return { error: error.message };
  }
}

/** Every derived fact computes from its inputs (the right kinds of value, no cycle). */
export const derivedFacts: ContentRule = (bundle) => {
  const built = factBookOf(bundle);
  return built && 'error' in built ? [problem(bundle.facts.file, 'derived', built.error)] : [];
};
