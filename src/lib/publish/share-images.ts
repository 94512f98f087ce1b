/**
 * The share images' PNGs for the `og/[name].png` endpoint: each card drawn
 * from its words (`og-image.ts`), kept between builds by what it shows
 * (`raster-cache.ts`), its characters checked against its fonts, and the next
 * few cards drawn ahead so sharp encodes them side by side on every core.
 * Knows nothing about Astro.
 */
import { availableParallelism } from 'node:os';
import { loadCjkFonts, loadShareFonts, renderShareCard, type ShareCard } from './og-image.ts';
import { assertGlyphs } from './raster.ts';
import { cached, fileDigest, packageVersions } from './raster-cache.ts';
import { SHARE_IMAGE_SIZE } from './seo.ts';

type Png = Uint8Array<ArrayBuffer>;

/** The texts a card draws. */
const cardTexts = (card: ShareCard) =>
  Object.values(card).filter((value): value is string => typeof value === 'string');

/** The cards of a build, drawn once each, the next few ahead of the one asked for. */
export class ShareImages {
  /** Every card of the build in the order Astro asks for them, with its key (its JSON) and place. */
  private cards: { key: string; card: ShareCard }[] = [];
  private places = new Map<string, number>();
  /** Cards being drawn: the one asked for and the next few. */
  private drawing = new Map<string, Promise<Png>>();
  // Fonts are read once per build, not once per image.
  private fonts: ReturnType<typeof loadShareFonts> | undefined;
  /** Besides the words and the fonts, what decides a card's pixels: its size, the drawing code and the packages that run it. */
  private renderer: unknown[] | undefined;

  constructor(private readonly ahead = Math.max(2, availableParallelism())) {}

  /** Records the build's cards in the order their pages will be asked for. */
  plan(cards: readonly ShareCard[]): void {
    this.cards = cards.map((card) => ({ key: JSON.stringify(card), card }));
    this.places = new Map(this.cards.map(({ key }, i) => [key, i]));
  }

  /** A card's PNG, once every character drawn is known to be in its fonts; `where` names it in errors. */
  async png(card: ShareCard, where: string): Promise<Png> {
    // Every character drawn must be in the card's fonts (the site name is drawn in capitals).
    const fonts = (this.fonts ??= loadShareFonts());
    const texts = cardTexts(card);
    assertGlyphs(
      [...texts, card.siteName.toUpperCase()].join('\n'),
      [...fonts, ...loadCjkFonts(texts)].map((font) =>
        font.data instanceof Uint8Array ? font.data : new Uint8Array(font.data),
      ),
      where,
    );
    const key = JSON.stringify(card);
    const at = this.places.get(key);
    if (at !== undefined)
      for (const next of this.cards.slice(at + 1, at + 1 + this.ahead)) this.image(next.key, next.card);
    const png = await this.image(key, card);
    this.drawing.delete(key);
    return png;
  }

  private image(key: string, card: ShareCard): Promise<Png> {
    let png = this.drawing.get(key);
    if (!png) this.drawing.set(key, (png = this.draw(card)));
    return png;
  }

  /** The card's PNG, from the raster cache or drawn now. */
  private draw(card: ShareCard): Promise<Png> {
    const fonts = (this.fonts ??= loadShareFonts());
    this.renderer ??= [
      SHARE_IMAGE_SIZE,
      fileDigest('src/lib/publish/og-image.ts'),
      ...packageVersions(['satori', 'sharp']),
    ];
    // Chinese cards add the pieces of Noto Sans SC that hold their characters.
    const cardFonts = [...fonts, ...loadCjkFonts(cardTexts(card))];
    return cached(
      ['share-card', card, cardFonts, ...this.renderer],
      async () => new Uint8Array(await renderShareCard(card, cardFonts)),
    );
  }
}
