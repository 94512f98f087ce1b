/**
 * `/og/{slug}.png` and `/og/story.png` (and under each edition's prefix): the
 * share images, drawn at build time from `shareCards`, and kept between builds
 * by what they show (`src/lib/publish/share-images.ts`): an unchanged card is not redrawn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsOfEditions } from '../../../data/edition.ts';
import type { ShareCard } from '../../../lib/publish/og-image.ts';
import { ShareImages } from '../../../lib/publish/share-images.ts';
import { shareCards } from '../../../lib/publish/share-cards.ts';

const images = new ShareImages();

export const getStaticPaths = (async () => {
  const paths = await pathsOfEditions(({ model, t, fmt }) =>
    shareCards(
      model.story,
      model.sections.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary, keyFact: s.data.keyFact })),
      model.facts,
      model.keyNumbers,
      t,
      fmt,
    ).map(({ name, card }) => ({ params: { name }, props: { card, name } })),
  );
  images.plan(paths.map(({ props }) => props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; name: string }> = async ({ props, locals }) => {
  const png = await images.png(props.card, locals.edition.routes.shareImage(props.name));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
