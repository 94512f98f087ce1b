/** Share cards: drawn as 1200×630 PNGs with the local font; type sizes shrink for long text. */
import { describe, expect, it } from 'vitest';
import { loadShareFonts, numberSize, pngSize, renderShareCard, titleSize } from '../../src/lib/publish/og-image.ts';

describe('renderShareCard', () => {
  it('draws a 1200×630 PNG from local font files, small enough to share', async () => {
    const png = await renderShareCard(
      {
        siteName: 'Test Explainer',
        kicker: 'Part 1 of 2',
        title: 'A title long enough to wrap onto a second line of the card',
        keyNumber: '20 billion yuan',
        keyLabel: 'Investment',
        footer: 'Based on a report',
      },
      loadShareFonts(),
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(150_000);
  });
});

describe('sizes', () => {
  it('gives long titles and long numbers smaller type', () => {
    expect(titleSize('Short', false)).toBeGreaterThan(titleSize('x'.repeat(80), false));
    expect(titleSize('Short', true)).toBeLessThan(titleSize('Short', false));
    expect(numberSize('11 sites')).toBeGreaterThan(numberSize('25–26 orders a day, every day'));
  });
});

describe('pngSize', () => {
  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/);
  });
});
