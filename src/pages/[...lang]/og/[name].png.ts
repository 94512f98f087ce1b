/**
 * `/og/{slug}.png` and `/og/story.png` (and under each edition's prefix): the
 * share images, drawn at build time from `shareCards`, and kept between builds
 * by what they show (`src/lib/publish/raster-cache.ts`): an unchanged card is not redrawn.
 */
import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition } from '../../../data/edition.ts';
import { langParam, LOCALE_CODES } from '../../../i18n/locales.ts';
import { loadCjkFonts, loadShareFonts, renderShareCard, type ShareCard } from '../../../lib/publish/og-image.ts';
import { assertGlyphs } from '../../../lib/publish/raster.ts';
import { cached, fileDigest, packageVersions } from '../../../lib/publish/raster-cache.ts';
import { SHARE_IMAGE_SIZE } from '../../../lib/publish/seo.ts';
import { shareCards } from '../../../lib/publish/share-cards.ts';

/** Every card of the build in the order Astro asks for them, with its key (its JSON) and place. */
let cards: { key: string; card: ShareCard }[] = [];
let places = new Map<string, number>();

export const getStaticPaths = (async () => {
  const editions = await Promise.all(LOCALE_CODES.map((locale) => loadEdition(locale)));
  const paths = editions.flatMap(({ locale, model, t, fmt }) =>
    shareCards(
      model.story,
      model.sections.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary, keyFact: s.data.keyFact })),
      model.facts,
      t,
      fmt,
    ).map(({ name, card }) => ({ params: { lang: langParam(locale), name }, props: { card, name } })),
  );
  cards = paths.map(({ props }) => ({ key: JSON.stringify(props.card), card: props.card }));
  places = new Map(cards.map(({ key }, i) => [key, i]));
  return paths;
}) satisfies GetStaticPaths;

// Fonts are read once per build, not once per image.
let fonts: ReturnType<typeof loadShareFonts> | undefined;
/** Besides the words and the fonts, what decides a card's pixels: its size, the drawing code and the packages that run it. */
let renderer: unknown[] | undefined;

/** The card's PNG, from the raster cache or drawn now. */
function draw(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= loadShareFonts();
  renderer ??= [SHARE_IMAGE_SIZE, fileDigest('src/lib/publish/og-image.ts'), ...packageVersions(['satori', 'sharp'])];
  // Chinese cards add the pieces of Noto Sans SC that hold their characters.
  const texts = Object.values(card).filter((value): value is string => typeof value === 'string');
  const cardFonts = [...fonts, ...loadCjkFonts(texts)];
  return cached(
    ['share-card', card, cardFonts, ...renderer],
    async () => new Uint8Array(await renderShareCard(card, cardFonts)),
  );
}

/** Cards being drawn: the one asked for and the next few, so sharp encodes them side by side on every core. */
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const AHEAD = Math.max(2, availableParallelism());

function image(key: string, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  let png = drawing.get(key);
  if (!png) drawing.set(key, (png = draw(card)));
  return png;
}

export const GET: APIRoute<{ card: ShareCard; name: string }> = async ({ props, locals }) => {
  // Every character drawn must be in the card's fonts (the site name is drawn in capitals).
  fonts ??= loadShareFonts();
  const texts = Object.values(props.card).filter((value): value is string => typeof value === 'string');
  assertGlyphs(
    [...texts, props.card.siteName.toUpperCase()].join('\n'),
    [...fonts, ...loadCjkFonts(texts)].map((font) =>
      font.data instanceof Uint8Array ? font.data : new Uint8Array(font.data),
    ),
    locals.edition.routes.shareImage(props.name),
  );
  const key = JSON.stringify(props.card);
  const at = places.get(key);
  if (at !== undefined) for (const next of cards.slice(at + 1, at + 1 + AHEAD)) image(next.key, next.card);
  const png = await image(key, props.card);
  drawing.delete(key);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
