/**
 * `/og/{slug}.png` and `/og/story.png`: the share images, drawn at build time.
 * A section's card shows its title and its key number, formatted from the fact
 * records, with whose figure it is; the story's card shows the headline.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition } from '../../data/edition.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { fill } from '../../i18n/schema.ts';
import { getFact } from '../../lib/facts.ts';
import { figureBy } from '../../lib/key-numbers.ts';
import { loadShareFonts, renderShareCard, type ShareCard } from '../../lib/og-image.ts';
import { shareCardFooter } from '../../lib/source-report.ts';
import { STORY_IMAGE_NAME } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { model, t, fmt, fact } = await loadEdition(DEFAULT_LOCALE);
  const { story, sections, facts } = model;
  const footer = shareCardFooter(story, t, fmt);
  const storyCard: ShareCard = {
    siteName: story.siteName,
    kicker: fill(t.share_card.storyKicker, { n: sections.length }),
    title: story.headline,
    // The dek's first sentence: what the story is about, in the words already on the page.
    subtitle: story.dek.split(/(?<=\.)\s/)[0],
    footer,
  };
  return [
    { params: { name: STORY_IMAGE_NAME }, props: { card: storyCard } },
    ...sections.map((section, index) => {
      const keyFact = section.data.keyFact;
      const card: ShareCard = {
        siteName: story.siteName,
        kicker: fill(t.section.part, { n: index + 1, total: sections.length }),
        title: section.title,
        // The key number where the section has one; otherwise its summary says what it is about.
        ...(keyFact
          ? {
              keyNumber: fact(keyFact),
              keyLabel: getFact(facts, keyFact).label,
              // Whose figure it is, in the key-number tiles' words.
              ...(figureBy(keyFact, t, facts, fmt) ? { keyBy: figureBy(keyFact, t, facts, fmt) } : {}),
            }
          : { subtitle: section.summary }),
        footer,
      };
      return { params: { name: section.slug }, props: { card } };
    }),
  ];
}) satisfies GetStaticPaths;

// Fonts are read once per build, not once per image.
let fonts: ReturnType<typeof loadShareFonts> | undefined;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  fonts ??= loadShareFonts();
  const png = await renderShareCard(props.card, fonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
