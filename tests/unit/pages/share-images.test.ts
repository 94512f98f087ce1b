/** The share images' PNGs as the og endpoint serves them: characters checked first, the next cards drawn ahead. */
import { describe, expect, it } from 'vitest';
import { pngSize, type ShareCard } from '../../../src/lib/publish/og-image.ts';
import { ShareImages } from '../../../src/lib/publish/share-images.ts';
import { RASTER_CACHE_ENV, rasterCacheStats } from '../../../src/lib/publish/raster-cache.ts';

// Every card is drawn here, not read from a build's cache.
delete process.env[RASTER_CACHE_ENV];

const card = (title: string): ShareCard => ({
  siteName: 'Test Explainer',
  kicker: 'Part 1 of 2',
  title,
  subtitle: 'A sentence under the title.',
  footer: 'Based on a report',
});

describe('ShareImages', () => {
  it('stops on a character its fonts cannot draw, naming the image, before drawing anything', async () => {
    const images = new ShareImages(1);
    const before = rasterCacheStats().drawn;
    await expect(images.png(card('Devanagari क has no glyph'), 'og/test.png')).rejects.toThrow(
      /^og\/test\.png: no glyph for "क" \(U\+0915\)/,
    );
    expect(rasterCacheStats().drawn).toBe(before);
  });

  it('draws the card asked for and the next one ahead, each once', async () => {
    const images = new ShareImages(1);
    const cards = [card('First card'), card('Second card'), card('Third card')];
    images.plan(cards);
    const before = rasterCacheStats().drawn;
    const first = await images.png(cards[0]!, 'og/first.png');
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    // The second was started with the first: asking for it draws nothing more than the third, drawn ahead.
    const second = await images.png(cards[1]!, 'og/second.png');
    expect(pngSize(second)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    expect(rasterCacheStats().drawn - before).toBe(3);
  });
});
