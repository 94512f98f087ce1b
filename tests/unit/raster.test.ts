/**
 * SVG to PNG with the project's fonts (src/lib/publish/raster.ts): WOFF unwrapped
 * losslessly, only the text that is drawn is checked, Chinese and Latin text
 * both get ink, and a character no font has stops with the file and the
 * character named.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create } from 'fontkitten';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  assertGlyphs,
  drawnText,
  MissingGlyphError,
  svgToPng,
  usedWeights,
  woffToSfnt,
} from '../../src/lib/publish/raster.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const woffFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

const svg = (text: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="system-ui, sans-serif"><rect width="200" height="40" fill="#fff"/><title>☃ title only</title><text x="4" y="28" font-size="20"${attrs}>${text}</text></svg>`;

/** Dark pixels in a PNG: text drawn black on white. */
async function ink(png: Uint8Array): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 128) dark += 1;
  return dark;
}

describe('woffToSfnt', () => {
  it('gives the font the WOFF wraps: same glyphs, same character map', () => {
    for (const [pkg, file] of [
      ['@fontsource/inter', 'inter-latin-700-normal.woff'],
      ['@fontsource/noto-sans-sc', 'noto-sans-sc-100-400-normal.woff'],
    ] as const) {
      const woff = woffFile(pkg, file);
      const sfnt = woffToSfnt(woff);
      expect(sfnt.subarray(0, 4).toString('latin1'), file).not.toBe('wOFF');
      const [a, b] = [create(woff), create(sfnt)];
      if (!('characterSet' in a) || !('characterSet' in b)) throw new Error('a collection');
      expect(b.numGlyphs, file).toBe(a.numGlyphs);
      expect(b.characterSet, file).toEqual(a.characterSet);
      expect(b.familyName, file).toBe(a.familyName);
    }
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(new Uint8Array(60))).toThrow(/not a WOFF 1.0 file/);
  });
});

describe('drawnText and usedWeights', () => {
  it('reads the text elements (tspans too), not the title, with entities decoded', () => {
    const text = drawnText(svg('A &amp; B <tspan font-weight="700">&#x5B9D;&#39;</tspan>'));
    expect(text).toBe("A & B 宝'");
    expect(text).not.toContain('☃');
  });

  it('collects weights from attributes and styles, with 400 and 700 always', () => {
    expect(usedWeights('<text style="fill:#000;font-weight:600">x</text><text font-weight="bold">')).toEqual([
      400, 600, 700,
    ]);
  });
});

describe('svgToPng', () => {
  it('draws Latin and Chinese text with the project fonts, the same bytes every time', async () => {
    for (const text of ['Shenyang 20 billion', '宝马的沈阳投资：人民币']) {
      const a = await svgToPng(svg(text), 400, 'test.png');
      const b = await svgToPng(svg(text), 400, 'test.png');
      expect(Buffer.from(a).equals(Buffer.from(b)), text).toBe(true);
      expect(await ink(a), text).toBeGreaterThan(200);
      expect((await sharp(a).metadata()).width).toBe(400);
    }
  });

  it("draws the pseudo-locale's ⟦ ⟧ with the symbol font, only when the text has them", async () => {
    const plain = await ink(await svgToPng(svg('BMW'), 400, 'test.png'));
    const wrapped = await ink(await svgToPng(svg('⟦BMW⟧'), 400, 'test.png'));
    expect(wrapped).toBeGreaterThan(plain + 50);
    await expect(svgToPng(svg('⟦BMW⟧', ' style="font-weight:700"'), 400, 'test.png')).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });

  it('draws bold text bolder (the weights are loaded, not faked)', async () => {
    const regular = await ink(await svgToPng(svg('宝马 BMW'), 400, 'test.png'));
    const bold = await ink(await svgToPng(svg('宝马 BMW', ' style="font-weight:700"'), 400, 'test.png'));
    expect(bold).toBeGreaterThan(regular * 1.15);
  });

  it.each([
    ['🚗', 'U+1F697'],
    ['א', 'U+05D0'],
    ['𠀀', 'U+20000'],
  ])('stops on "%s", naming the file and the character', async (char, code) => {
    const run = svgToPng(svg(`car ${char}`), 400, 'zh/data/some-chart.png');
    await expect(run).rejects.toThrow(MissingGlyphError);
    await expect(svgToPng(svg(`car ${char}`), 400, 'zh/data/some-chart.png')).rejects.toThrow(
      new RegExp(`^zh/data/some-chart\\.png: no glyph for "${char}" \\(${code.replace('+', '\\+')}\\)`, 'u'),
    );
  });
});

describe('assertGlyphs (share cards)', () => {
  const inter = woffFile('@fontsource/inter', 'inter-latin-400-normal.woff');
  it('passes text the fonts hold and names the file and character otherwise', () => {
    expect(() => assertGlyphs('BMW Shenyang – 20 billion', [inter], 'og/story.png')).not.toThrow();
    expect(() => assertGlyphs('宝马', [inter], 'zh/og/story.png')).toThrow(
      /^zh\/og\/story\.png: no glyph for "宝" \(U\+5B9D\) in its fonts \(Inter\)/,
    );
  });
});
