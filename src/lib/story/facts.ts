/**
 * The fact book: validated fact records with derived values computed.
 *
 * Every number on the site is read from here. Derived facts (an exchange rate,
 * a distance, laps of the equator) are computed from their input facts, so a
 * corrected input corrects everything downstream. This module knows nothing
 * about Astro, files or pages.
 */
import { geoDistance } from 'd3';
import { isCoordinates, isRange, type Formatter, type NumberStyle } from '../text/format.ts';
import type { Coordinates, Fact, FactValue, Range } from '../content/schema.ts';

/** Where a fact's value comes from. */
export type FactOrigin = 'report' | 'derived' | 'outside';

/** A fact with its value known, whether written or computed. */
export type ResolvedFact = Fact & {
  /** The fact's value, computed for derived facts. */
  value: FactValue;
  /** Where the value comes from. */
  origin: FactOrigin;
};

/** All facts by id, with derived values computed. */
export type FactBook = ReadonlyMap<string, ResolvedFact>;

/** Thrown when a fact is missing or has the wrong shape for its use. */
export class FactError extends Error {
  override name = 'FactError';
}

function originOf(fact: Fact): FactOrigin {
  if (fact.derived) return 'derived';
  if (fact.outside) return 'outside';
  return 'report';
}

function numberOf(fact: ResolvedFact, user: string): number {
  if (typeof fact.value !== 'number') {
    throw new FactError(
      `fact "${user}" needs a number from input "${fact.id}", which holds ${JSON.stringify(fact.value)}`,
    );
  }
  return fact.value;
}

function pointOf(fact: ResolvedFact, user: string): Coordinates {
  if (!isCoordinates(fact.value)) {
    throw new FactError(
      `fact "${user}" needs coordinates from input "${fact.id}", which holds ${JSON.stringify(fact.value)}`,
    );
  }
  return fact.value;
}

/** Computes a derived fact's value from its resolved inputs. */
function computeDerived(fact: Fact, inputs: ResolvedFact[]): number {
  const formula = fact.derived?.formula;
  switch (formula) {
    case 'ratio': {
      if (inputs.length !== 2)
        throw new FactError(`fact "${fact.id}": ratio needs exactly 2 inputs, got ${inputs.length}`);
      const [a, b] = inputs.map((input) => numberOf(input, fact.id)) as [number, number];
      if (b === 0) throw new FactError(`fact "${fact.id}": ratio divides by zero (input "${inputs[1]?.id}")`);
      return a / b;
    }
    case 'sum':
      return inputs.reduce((total, input) => total + numberOf(input, fact.id), 0);
    case 'great-circle-km': {
      if (inputs.length !== 3) {
        throw new FactError(
          `fact "${fact.id}": great-circle-km needs 3 inputs (two points, then Earth's radius in km)`,
        );
      }
      const [from, to] = [pointOf(inputs[0]!, fact.id), pointOf(inputs[1]!, fact.id)];
      const radiusKm = numberOf(inputs[2]!, fact.id);
      return geoDistance([from.lon, from.lat], [to.lon, to.lat]) * radiusKm;
    }
    default:
      throw new FactError(`fact "${fact.id}" is not derived`);
  }
}

/**
 * Builds the fact book: checks ids are unique and computes every derived
 * value, following chains of derived inputs and refusing cycles.
 */
export function buildFactBook(facts: readonly Fact[]): FactBook {
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    if (byId.has(fact.id)) throw new FactError(`fact id "${fact.id}" is used twice`);
    byId.set(fact.id, fact);
  }
  const book = new Map<string, ResolvedFact>();
  const resolving = new Set<string>();

  const resolve = (id: string, user?: string): ResolvedFact => {
    const done = book.get(id);
    if (done) return done;
    const fact = byId.get(id);
    if (!fact) throw new FactError(user ? `fact "${user}" names unknown input "${id}"` : `unknown fact "${id}"`);
    if (resolving.has(id)) throw new FactError(`fact "${id}" is derived from itself`);
    resolving.add(id);
    const value = fact.derived
      ? computeDerived(
          fact,
          fact.derived.inputs.map((input) => resolve(input, id)),
        )
      : fact.value;
    resolving.delete(id);
    if (value === undefined) throw new FactError(`fact "${id}" has no value`);
    const resolved: ResolvedFact = { ...fact, value, origin: originOf(fact) };
    book.set(id, resolved);
    return resolved;
  };

  for (const fact of facts) resolve(fact.id);
  // Keep the editor's order, not the order derived chains were resolved in.
  return new Map(facts.map((fact) => [fact.id, book.get(fact.id)!]));
}

/** The fact with this id, or a clear error naming it. */
export function getFact(book: FactBook, id: string): ResolvedFact {
  const fact = book.get(id);
  if (!fact) throw new FactError(`unknown fact "${id}"`);
  return fact;
}

/** The number a fact holds; throws if it holds anything else. */
export function factNumber(book: FactBook, id: string): number {
  const fact = getFact(book, id);
  if (typeof fact.value !== 'number') throw new FactError(`fact "${id}" is not a single number`);
  return fact.value;
}

/** The range a fact holds; throws if it holds anything else. */
export function factRange(book: FactBook, id: string): Range {
  const fact = getFact(book, id);
  if (!isRange(fact.value)) throw new FactError(`fact "${id}" is not a {min, max} range`);
  return fact.value;
}

/** The point a fact holds; throws if it holds anything else. */
export function factPoint(book: FactBook, id: string): Coordinates {
  const fact = getFact(book, id);
  if (!isCoordinates(fact.value)) throw new FactError(`fact "${id}" is not a {lat, lon} point`);
  return fact.value;
}

/** The fact as readers see it, in the formatter's language: "20 billion yuan", "25–26 orders a day". */
export function factText(book: FactBook, id: string, fmt: Formatter, style: NumberStyle = {}): string {
  const fact = getFact(book, id);
  return fmt.amount(fact.value, fact.unit, { decimals: fact.decimals, ...style }, fact.kind);
}

/** The number alone, formatted: "20 billion", "25–26". */
export function factValueText(book: FactBook, id: string, fmt: Formatter, style: NumberStyle = {}): string {
  const fact = getFact(book, id);
  return fmt.value(fact.value, { decimals: fact.decimals, ...style }, fact.kind);
}

/** Matches a `{{fact-id}}` placeholder in front-matter text. */
const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** Ids named by `{{fact-id}}` placeholders in a text. */
export function placeholderIds(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Replaces `{{fact-id}}` placeholders with the facts as readers see them. */
export function fillFacts(text: string, book: FactBook, fmt: Formatter, style: NumberStyle = {}): string {
  return text.replace(PLACEHOLDER, (_, id: string) => factText(book, id, fmt, style));
}

/** Removes placeholders, leaving the text an editor typed around them. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, ' ');
}
