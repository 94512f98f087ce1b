/**
 * A section's own page (`/{slug}/`): its place in the story ("Part 2 of 5"),
 * its neighbours for the pager, and its share data with the key number and
 * whose figure it is. Knows nothing about Astro.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import { sectionChanges } from '../story/corrections.ts';
import { factText, type FactBook } from '../story/facts.ts';
import type { Formatter } from '../text/format.ts';
import { figureBy, withFigureBy, type KeyTile } from '../story/key-numbers.ts';
import type { Routes } from '../site/routes.ts';
import type { Correction, ShownStory } from '../content/schema.ts';
import { sectionSeo, type PageSeo } from './seo.ts';

/** A section as its page needs it. */
export interface PageSection {
  slug: string;
  title: string;
  summary: string;
  data: { keyFact?: string | undefined };
}

/** What an edition gives a section page. */
export interface SectionPageEdition {
  story: ShownStory;
  facts: FactBook;
  /** The key-number tiles: whose figure a key number is. */
  keyNumbers: readonly KeyTile[];
  corrections: readonly Correction[];
  routes: Routes;
  t: UiStrings;
  fmt: Formatter;
  lang: string;
  /** The edition's og:locale and its alternates. */
  openGraph: Parameters<typeof sectionSeo>[2]['openGraph'];
}

/** The section at `index`, its neighbours, its place in the story and its share data. */
export function sectionPage<S extends PageSection>(
  sections: readonly S[],
  index: number,
  { story, facts, keyNumbers, corrections, routes, t, fmt, lang, openGraph }: SectionPageEdition,
): { section: S; previous: S | undefined; next: S | undefined; part: string; seo: PageSeo } {
  const section = sections[index];
  if (!section) throw new Error(`section page: no section at position ${index} of ${sections.length}`);
  const { keyFact } = section.data;
  const seo = sectionSeo(
    story,
    {
      slug: section.slug,
      title: section.title,
      summary: section.summary,
      ...(keyFact ? { keyNumber: withFigureBy(factText(facts, keyFact, fmt), figureBy(keyFact, keyNumbers)) } : {}),
    },
    { routes, t, lang, openGraph },
    sectionChanges(story.published, corrections, section.slug),
  );
  return {
    section,
    previous: sections[index - 1],
    next: sections[index + 1],
    part: fill(t.section.part, { n: index + 1, total: sections.length }),
    seo,
  };
}
