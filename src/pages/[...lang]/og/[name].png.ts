/**
 * `/og/{slug}.png` and `/og/story.png` (and under each edition's prefix): the
 * share images, drawn at build time from `shareCards`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition } from '../../../data/edition.ts';
import { langParam, LOCALE_CODES } from '../../../i18n/locales.ts';
import { loadCjkFonts, loadShareFonts, renderShareCard, type ShareCard } from '../../../lib/og-image.ts';
import { assertGlyphs } from '../../../lib/raster.ts';
import { shareCards } from '../../../lib/share-cards.ts';

export const getStaticPaths = (async () => {
  const editions = await Promise.all(LOCALE_CODES.map((locale) => loadEdition(locale)));
  return editions.flatMap(({ locale, model, t, fmt }) =>
    shareCards(
      model.story,
      model.sections.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary, keyFact: s.data.keyFact })),
      model.facts,
      t,
      fmt,
    ).map(({ name, card }) => ({ params: { lang: langParam(locale), name }, props: { card } })),
  );
}) satisfies GetStaticPaths;

// Fonts are read once per build, not once per image.
let fonts: ReturnType<typeof loadShareFonts> | undefined;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props, params, locals }) => {
  fonts ??= loadShareFonts();
  // Chinese cards add the pieces of Noto Sans SC that hold their characters.
  const texts = Object.values(props.card).filter((value): value is string => typeof value === 'string');
  const cardFonts = [...fonts, ...loadCjkFonts(texts)];
  // Every character drawn must be in the card's fonts (the site name is drawn in capitals).
  assertGlyphs(
    [...texts, props.card.siteName.toUpperCase()].join('\n'),
    cardFonts.map((font) => (font.data instanceof Uint8Array ? font.data : new Uint8Array(font.data))),
    locals.edition.routes.path(`og/${params.name}.png`),
  );
  const png = await renderShareCard(props.card, cardFonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
