/**
 * What each share image shows, for one edition: the story's card (headline and
 * the dek's first sentence) and one card per section (its title and key
 * number, formatted from the fact records, with whose figure it is; or its
 * summary). `og-image.ts` draws them. Knows nothing about Astro.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import { factText, getFact, type FactBook } from '../story/facts.ts';
import type { Formatter } from '../text/format.ts';
import { figureBy, type KeyTile } from '../story/key-numbers.ts';
import type { ShareCard } from './og-image.ts';
import type { ShownStory } from '../content/schema.ts';
import { shareCardFooter } from '../story/report.ts';
import { STORY_IMAGE_NAME } from '../site/urls.ts';

/** A section as its card needs it. */
interface CardSection {
  slug: string;
  title: string;
  summary: string;
  keyFact?: string | undefined;
}

/** Every share card of an edition, by image name (`story` or a section slug). */
export function shareCards(
  story: ShownStory,
  sections: readonly CardSection[],
  facts: FactBook,
  keyNumbers: readonly KeyTile[],
  t: UiStrings,
  fmt: Formatter,
): { name: string; card: ShareCard }[] {
  const footer = shareCardFooter(story, t, fmt);
  const storyCard: ShareCard = {
    siteName: story.siteName,
    kicker: fill(t.share_card.storyKicker, { n: sections.length }),
    title: story.headline,
    // The dek's first sentence: what the story is about, in the words already on the page.
    subtitle: story.dek.split(/(?<=[.。])\s*/)[0] ?? story.dek,
    footer,
  };
  return [
    { name: STORY_IMAGE_NAME, card: storyCard },
    ...sections.map((section, index) => {
      const { keyFact } = section;
      const by = keyFact ? figureBy(keyFact, keyNumbers) : undefined;
      const card: ShareCard = {
        siteName: story.siteName,
        kicker: fill(t.section.part, { n: index + 1, total: sections.length }),
        title: section.title,
        // The key number where the section has one; otherwise its summary says what it is about.
        ...(keyFact
          ? {
              keyNumber: factText(facts, keyFact, fmt),
              keyLabel: getFact(facts, keyFact).label,
              // Whose figure it is, in the key-number tiles' words.
              ...(by ? { keyBy: by } : {}),
            }
          : { subtitle: section.summary }),
        footer,
      };
      return { name: section.slug, card };
    }),
  ];
}
