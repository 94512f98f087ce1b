/** `/feed.xml`: the Atom feed of corrections, clarifications and updates (the same entries as `/corrections/`). */
import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { atomFeed } from '../lib/corrections.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { story, sections, corrections } = await loadStory();
  const site = import.meta.env.SITE;
  const base = import.meta.env.BASE_URL;
  const titleOf = new Map(sections.map((s) => [s.slug, s.title]));
  const xml = atomFeed({
    title: `Corrections and updates: ${story.headline}`,
    subtitle: `Every change to what ${story.siteName} told readers, newest first.`,
    language: story.language,
    feedUrl: absoluteUrl(site, base, 'feed.xml'),
    pageUrl: absoluteUrl(site, base, 'corrections/'),
    author: story.siteName,
    published: story.published,
    corrections,
    sectionTitle: (slug) => titleOf.get(slug) ?? slug,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
