/** `/feed.xml`: the Atom feed of corrections, clarifications and updates (the same entries as `/corrections/`). */
import type { APIRoute } from 'astro';
import { fill } from '../../lib/text/fill.ts';
import { atomFeed, correctionAnchor } from '../../lib/story/corrections.ts';
import { editionPaths } from '../../data/edition.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { model, t, routes, lang } = locals.edition;
  const { story, sections, corrections } = model;
  const titleOf = new Map(sections.map((s) => [s.slug, s.title]));
  const xml = atomFeed({
    title: fill(t.corrections.feedTitle, { headline: story.headline }),
    subtitle: fill(t.corrections.feedSubtitle, { site: story.siteName }),
    language: lang,
    feedUrl: routes.full(routes.feed()),
    pageUrl: routes.full(routes.corrections()),
    entryUrl: (id) => routes.full(routes.corrections(correctionAnchor(id))),
    author: story.siteName,
    published: story.published,
    corrections,
    labels: {
      correction: t.corrections.correction,
      clarification: t.corrections.clarification,
      update: t.corrections.update,
    },
    wholeStory: t.corrections.feedWholeStory,
    words: { labelled: t.corrections.labelled, separator: t.corrections.sectionSeparator },
    sectionTitle: (slug) => {
      const title = titleOf.get(slug);
      if (title === undefined) throw new Error(`feed.xml: a correction names the unknown section "${slug}"`);
      return title;
    },
    sourceLabel: t.corrections.source,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
