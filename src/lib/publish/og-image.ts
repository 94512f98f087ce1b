/**
 * Share images: a 1200×630 PNG card per section and one for the story, drawn at
 * build time. The card is laid out with satori (HTML-like boxes to SVG, text
 * turned into outlines with a font read from the Inter npm package) and
 * rasterised by sharp. Nothing is fetched from the network.
 *
 * It knows nothing about Astro or content files: pages hand it the words and
 * the key number (already formatted from the fact records).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font, type SatoriNode } from 'satori';
import sharp from 'sharp';
import { breakTokens, hasHan } from '../text/phrases.ts';
import { SHARE_IMAGE_SIZE } from './seo.ts';

/** Any Chinese character. */
const HAN = /\p{Script=Han}/u;
/** What a share card shows. */
export interface ShareCard {
  /** Site name, shown small at the top. */
  siteName: string;
  /** A short line above the title, such as "Part 4 of 7". */
  kicker: string;
  /** The section title or the story headline. */
  title: string;
  /** A sentence under the title, for cards with no key number. */
  subtitle?: string;
  /** The key number as readers see it ("20 billion yuan"), from the fact records. */
  keyNumber?: string;
  /** What the key number counts ("BMW's additional investment in Shenyang"). */
  keyLabel?: string;
  /** Whose figure the key number is ("BMW’s figure, announced in late April 2024"), as the key-number tiles say it. */
  keyBy?: string;
  /** A line at the bottom: where the story comes from. */
  footer: string;
}

/** Card colours: the site's light palette, dark text on a soft background (AA contrast). */
const COLOURS = { bg: '#f4f4f1', fg: '#1b1b1b', muted: '#4a4a4a', accent: '#0b5cad', rule: '#d6d6d0' } as const;

/** Font files used on the cards, from `@fontsource/inter` (WOFF: satori cannot read WOFF2). */
const FONT_FILES = [
  { weight: 400, file: 'inter-latin-400-normal.woff' },
  { weight: 700, file: 'inter-latin-700-normal.woff' },
  { weight: 800, file: 'inter-latin-800-normal.woff' },
] as const;

/** Reads the card fonts from node_modules (resolved from the project root, not from the bundle). */
export function loadShareFonts(root = process.cwd()): Font[] {
  const require = createRequire(join(root, 'package.json'));
  const inter = FONT_FILES.map(({ weight, file }): Font => ({
    name: 'Inter',
    weight,
    style: 'normal',
    data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
  }));
  // The last resort for symbols Inter lacks (the chart PNGs use the same font, src/lib/publish/raster.ts).
  const symbols: Font = {
    name: 'Noto Sans Math',
    weight: 400,
    style: 'normal',
    data: readFileSync(require.resolve('@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff')),
  };
  return [...inter, symbols];
}

/** Weights of Noto Sans SC the cards draw Chinese text in (the card uses 400 and 700–800). */
const CJK_WEIGHTS = [400, 700] as const;

/**
 * The pieces of Noto Sans SC (from `@fontsource/noto-sans-sc`, split by
 * Unicode range, WOFF) that hold the Chinese characters of `texts`: only those
 * are read, so a card embeds the glyphs it draws and no font reaches readers.
 * Satori falls back to them for characters Inter lacks.
 */
export function loadCjkFonts(texts: readonly string[], root = process.cwd()): Font[] {
  const wanted = new Set(
    [...texts.join('')].filter((c) => /[^\u0000-\u024f\u2000-\u206f]/u.test(c)).map((c) => c.codePointAt(0)!),
  );
  if (wanted.size === 0) return [];
  const require = createRequire(join(root, 'package.json'));
  return CJK_WEIGHTS.flatMap((weight) => {
    const css = readFileSync(require.resolve(`@fontsource/noto-sans-sc/${weight}.css`), 'utf8');
    return (
      [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)]
        .filter(([, , ranges]) =>
          (ranges ?? '').split(',').some((range) => {
            const [from, to] = range
              .trim()
              .replace(/^U\+/i, '')
              .split('-')
              .map((hex) => parseInt(hex, 16));
            for (const code of wanted) if (code >= from! && code <= (to ?? from!)) return true;
            return false;
          }),
        )
        // One name per piece: satori keeps one font per name and weight, and falls back across names.
        .map(([, file]) => ({
          name: `Noto Sans SC ${file?.replace(/^noto-sans-sc-(\d+)-.*$/, '$1')}`,
          weight,
          style: 'normal' as const,
          data: readFileSync(require.resolve(`@fontsource/noto-sans-sc/files/${file}`)),
        }))
    );
  });
}

/** Title size in pixels: long titles get smaller type so they still fit in three lines. */
export function titleSize(title: string, compact: boolean): number {
  const length = title.length;
  if (length <= 45) return compact ? 68 : 80;
  if (length <= 70) return compact ? 58 : 68;
  return compact ? 50 : 60;
}

/** Key-number size in pixels: long values ("25–26 orders a day") get smaller type. */
export function numberSize(keyNumber: string): number {
  return keyNumber.length <= 14 ? 96 : keyNumber.length <= 22 ? 80 : 64;
}

type Style = Record<string, string | number>;

function box(style: Style, children: SatoriNode[] | string): SatoriNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } } as unknown as SatoriNode;
}

/**
 * Chinese text as one box per BudouX phrase in a wrapping row, so the card's
 * lines break between phrases, never inside a word; other text as it is.
 */
function phrased(text: string): SatoriNode[] | string {
  if (!hasHan(text)) return text;
  const tokens = breakTokens(text);
  return tokens.flatMap((token, i) =>
    /^\s+$/.test(token) ? [] : [box(/^\s+$/.test(tokens[i + 1] ?? '') ? { marginRight: '0.25em' } : {}, token)],
  );
}

/** The card as satori boxes: site name, kicker, title, key number with its label, footer. */
function shareCardTree(card: ShareCard): SatoriNode {
  // A card with a number or a sentence under the title gets a smaller title so both fit.
  const compact = Boolean(card.keyNumber || card.subtitle);
  const top = box({ alignItems: 'center', gap: 20, fontSize: 28, fontWeight: 700 }, [
    box({ color: COLOURS.accent, textTransform: 'uppercase', letterSpacing: 2 }, card.siteName),
    box({ color: COLOURS.muted, fontWeight: 400 }, card.kicker),
  ]);
  const title = box(
    {
      fontSize: titleSize(card.title, compact),
      fontWeight: 800,
      lineHeight: 1.1,
      letterSpacing: -1,
      color: COLOURS.fg,
      marginTop: 28,
      flexWrap: 'wrap',
    },
    phrased(card.title),
  );
  const subtitle = card.subtitle
    ? [
        box(
          {
            fontSize: card.subtitle.length > 150 ? 30 : 32,
            lineHeight: 1.35,
            color: COLOURS.muted,
            marginTop: 24,
            flexWrap: 'wrap',
          },
          phrased(card.subtitle),
        ),
      ]
    : [];
  const keyNumber = card.keyNumber
    ? box({ flexDirection: 'column', marginTop: 'auto', borderTop: `3px solid ${COLOURS.rule}`, paddingTop: 20 }, [
        box(
          { fontSize: numberSize(card.keyNumber), fontWeight: 800, color: COLOURS.accent, lineHeight: 1 },
          card.keyNumber,
        ),
        ...(card.keyLabel ? [box({ fontSize: 30, color: COLOURS.muted, marginTop: 12 }, card.keyLabel)] : []),
        ...(card.keyBy
          ? [
              box(
                // Chinese is never slanted (no Chinese italic exists: it would be sheared); colour sets it apart (clreq).
                {
                  fontSize: 24,
                  fontStyle: HAN.test(card.keyBy) ? 'normal' : 'italic',
                  color: COLOURS.muted,
                  marginTop: 6,
                },
                card.keyBy,
              ),
            ]
          : []),
      ])
    : box({ marginTop: 'auto' }, []);
  const footer = box({ fontSize: 22, color: COLOURS.muted, marginTop: 24 }, card.footer);
  return box(
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      backgroundColor: COLOURS.bg,
      borderLeft: `20px solid ${COLOURS.accent}`,
      padding: '52px 64px 44px 60px',
      flexDirection: 'column',
      fontFamily: 'Inter',
    },
    [top, title, ...subtitle, keyNumber, footer],
  );
}

/** Draws a share card as a 1200×630 PNG. */
export async function renderShareCard(card: ShareCard, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(shareCardTree(card), { ...SHARE_IMAGE_SIZE, fonts });
  // A 256-colour palette keeps cards small; flat colours and anti-aliased text survive it (a card has about
  // 560 colours, each within 3 of 255 of its palette entry). The quantiser's fastest setting without
  // dithering: cards of the same size (about 29 KB) as at its slowest, 30% sooner, and no dither noise.
  return sharp(Buffer.from(svg))
    .png({ palette: true, colours: 256, compressionLevel: 9, effort: 1, dither: 0 })
    .toBuffer();
}

/** Width and height of a PNG, read from its IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
