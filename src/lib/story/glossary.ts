/**
 * The glossary as the story shows it: every term in the edition's sort order,
 * each with the sections whose text marks it with `<Term>`. Knows nothing about Astro.
 */
import type { Formatter } from '../text/format.ts';
import { mdxElements, type MdxTree } from '../content/mdx-tree.ts';
import type { Term } from '../content/schema.ts';

/** A section as the glossary needs it. */
export interface GlossarySection {
  slug: string;
  title: string;
  /** The parsed MDX body, searched for `<Term id>`. */
  tree: MdxTree;
}

/** One glossary entry: the term and the sections that use it, in reading order. */
export interface GlossaryEntry<S extends GlossarySection> {
  term: Term;
  usedIn: S[];
}

/** The terms sorted as the edition's language sorts them, each with the sections that mark it. */
export function glossaryEntries<S extends GlossarySection>(
  terms: Iterable<Term>,
  sections: readonly S[],
  compare: Formatter['compare'],
): GlossaryEntry<S>[] {
  const usedIn = (id: string) =>
    sections.filter((s) => mdxElements(s.tree, 'Term').some((element) => element.attributes.id === id));
  return [...terms].sort((a, b) => compare(a.term, b.term)).map((term) => ({ term, usedIn: usedIn(term.id) }));
}
