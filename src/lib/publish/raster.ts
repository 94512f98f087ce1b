/**
 * SVG to PNG with the project's own fonts and none of the machine's.
 *
 * Text is drawn with Inter and Noto Sans SC from npm (`@fontsource/inter`,
 * `@fontsource/noto-sans-sc`), never with a font the build machine happens to
 * have: resvg (`@resvg/resvg-js`) runs with `loadSystemFonts: false`, so a PNG
 * is the same bytes on a laptop, in CI and on a host's build image. Fontsource
 * ships each font in pieces by Unicode range, as WOFF; resvg reads only
 * TrueType/OpenType, so the pieces a text needs are unwrapped from WOFF (a
 * lossless container: each table zlib-compressed) into a temporary folder.
 *
 * A character that none of the fonts has stops the build, naming the file and
 * the character: it would otherwise come out as an empty box or nothing.
 *
 * Knows nothing about Astro, charts or content: SVG text in, PNG bytes out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';

/** Thrown when a raster's text has a character that no project font can draw. */
export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
}

/** The font families a raster may use, in fallback order: Latin first, then Chinese. */
const RASTER_FAMILIES = [
  { family: 'Inter', package: '@fontsource/inter' },
  { family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc' },
] as const;

/**
 * Last-resort fonts for symbols the two families lack (the pseudo-locale's ⟦ ⟧, maths signs): one
 * weight, and Fontsource declares a narrower range than the file holds, so they are chosen by their
 * character map, only for characters no font above has.
 */
const SYMBOL_FAMILIES = [{ family: 'Noto Sans Math', package: '@fontsource/noto-sans-math', weight: 400 }] as const;

/** Weights loaded for every raster, whatever the SVG asks for: its own are added. */
const BASE_WEIGHTS = [400, 700];

/**
 * A WOFF 1.0 file as the TrueType/OpenType file it wraps (W3C WOFF File
 * Format 1.0, sections 3–5): the table directory is rebuilt and every table
 * inflated where it was compressed. Throws on anything that is not WOFF 1.0.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const data = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (data.length < 44 || data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = data.readUInt32BE(4);
  const numTables = data.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const tag = data.subarray(at, at + 4);
    const offset = data.readUInt32BE(at + 4);
    const compLength = data.readUInt32BE(at + 8);
    const origLength = data.readUInt32BE(at + 12);
    const checksum = data.readUInt32BE(at + 16);
    const stored = data.subarray(offset, offset + compLength);
    const table = compLength < origLength ? inflateSync(stored) : stored;
    if (table.length !== origLength) throw new Error(`WOFF table ${tag.toString('latin1')}: wrong length`);
    return { tag, checksum, table };
  });
  // The sfnt header: version, numTables, searchRange, entrySelector, rangeShift.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach(({ tag, checksum, table }, i) => {
    const at = 12 + i * 16;
    tag.copy(header, at);
    header.writeUInt32BE(checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(table.length / 4) * 4);
    table.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** One piece of a font family: a weight and Unicode range, as a WOFF file in node_modules. */
interface FontPiece {
  family: string;
  weight: number;
  /** Absolute path of the WOFF file. */
  woff: string;
  /** Inclusive code point ranges the piece is declared for (its `unicode-range`). */
  ranges: [number, number][];
}

const projectRequire = () => createRequire(join(process.cwd(), 'package.json'));

/** Every piece of a family at a weight, from Fontsource's CSS (`{weight}.css`). */
function familyPieces(family: string, pkg: string, weight: number): FontPiece[] {
  const require = projectRequire();
  const cssFile = require.resolve(`${pkg}/${weight}.css`);
  const css = readFileSync(cssFile, 'utf8');
  const pieces = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    ([, file, ranges]) => ({
      family,
      weight,
      woff: require.resolve(`${pkg}/files/${file}`),
      ranges: (ranges ?? '').split(',').map((range) => {
        const [from, to] = range
          .trim()
          .replace(/^U\+/i, '')
          .split('-')
          .map((hex) => parseInt(hex, 16));
        return [from!, to ?? from!] as [number, number];
      }),
    }),
  );
  if (pieces.length === 0) throw new Error(`${cssFile}: no WOFF font faces found`);
  return pieces;
}

const piecesByWeight = new Map<number, FontPiece[]>();
function piecesAt(weight: number): FontPiece[] {
  let pieces = piecesByWeight.get(weight);
  if (!pieces) {
    pieces = RASTER_FAMILIES.flatMap(({ family, package: pkg }) => familyPieces(family, pkg, weight));
    piecesByWeight.set(weight, pieces);
  }
  return pieces;
}

/** Parsed fonts and their TrueType files on disk, made once per process. */
const unwrapped = new Map<string, { font: Font; ttf: string }>();
let fontDir: string | undefined;

function unwrap(piece: FontPiece): { font: Font; ttf: string } {
  let done = unwrapped.get(piece.woff);
  if (!done) {
    if (!fontDir) {
      const dir = mkdtempSync(join(tmpdir(), 'raster-fonts-'));
      fontDir = dir;
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    const sfnt = woffToSfnt(readFileSync(piece.woff));
    const ttf = join(
      fontDir,
      `${unwrapped.size}-${piece.woff
        .split('/')
        .pop()!
        .replace(/\.woff$/, '.ttf')}`,
    );
    writeFileSync(ttf, sfnt);
    const font = create(sfnt);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${piece.woff}: a font collection, not a font`);
    done = { font, ttf };
    unwrapped.set(piece.woff, done);
  }
  return done;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text an SVG draws: the content of its `<text>` elements (not `<title>` or `<desc>`), entities decoded. */
export function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map(([, inner]) =>
      (inner ?? '').replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
        if (name[0] === '#') {
          return String.fromCodePoint(
            name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
          );
        }
        const char = ENTITIES[name];
        if (char === undefined) throw new Error(`SVG text: unknown entity ${entity}`);
        return char;
      }),
    )
    .join('\n');
}

/** The font weights an SVG's text asks for (`font-weight` attributes and styles), with the base weights. */
export function usedWeights(svg: string): number[] {
  const found = [...svg.matchAll(/font-weight(?:="|\s*:\s*)(\d{3}|bold|normal)/g)].map(([, w]) =>
    w === 'bold' ? 700 : w === 'normal' ? 400 : Number(w),
  );
  return [...new Set([...BASE_WEIGHTS, ...found])].sort((a, b) => a - b);
}

/**
 * The font files (TrueType, in fallback order) that draw `text` at `weights`:
 * the pieces whose range holds one of its characters. Throws, naming `name`
 * and the character, when a character is in no font's character map.
 */
function fontFilesFor(text: string, weights: readonly number[], name: string): string[] {
  const chars = [...new Set(text)].filter((char) => !/\s/u.test(char));
  const files: string[] = [];
  for (const weight of weights) {
    const pieces = piecesAt(weight);
    const wanted = pieces.filter((piece) =>
      chars.some((char) => {
        const code = char.codePointAt(0)!;
        return piece.ranges.some(([from, to]) => code >= from && code <= to);
      }),
    );
    const loaded = wanted.map(unwrap);
    const uncovered = (code: number) => !loaded.some(({ font }) => font.hasGlyphForCodePoint(code));
    const rest = chars.map((char) => char.codePointAt(0)!).filter(uncovered);
    if (rest.length) {
      for (const symbols of SYMBOL_FAMILIES) {
        for (const piece of familyPieces(symbols.family, symbols.package, symbols.weight).map(unwrap)) {
          if (rest.some((code) => uncovered(code) && piece.font.hasGlyphForCodePoint(code))) loaded.push(piece);
        }
      }
    }
    for (const char of chars) {
      const code = char.codePointAt(0)!;
      if (uncovered(code)) {
        const families = [...RASTER_FAMILIES, ...SYMBOL_FAMILIES].map(({ family }) => family).join(', ');
        throw new MissingGlyphError(
          `${name}: no glyph for "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in ${families} at weight ${weight}; change the text or add a font to src/lib/publish/raster.ts`,
        );
      }
    }
    files.push(...loaded.map(({ ttf }) => ttf));
  }
  return files;
}

const parsedFonts = new WeakMap<Uint8Array, Font>();

/**
 * Throws, naming `name` and the character, when a character of `text` is in
 * none of `fonts` (font files as bytes: WOFF, TrueType or OpenType), as for
 * the share cards, which satori draws with the fonts it is handed.
 */
export function assertGlyphs(text: string, fonts: readonly Uint8Array[], name: string): void {
  const parsed = fonts.map((data) => {
    let font = parsedFonts.get(data);
    if (!font) {
      const made = create(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      if (!('hasGlyphForCodePoint' in made)) throw new Error(`${name}: a font collection, not a font`);
      font = made;
      parsedFonts.set(data, font);
    }
    return font;
  });
  for (const char of new Set(text)) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0)!;
    if (!parsed.some((font) => font.hasGlyphForCodePoint(code))) {
      throw new MissingGlyphError(
        `${name}: no glyph for "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in its fonts (${[...new Set(parsed.map((font) => font.familyName))].join(', ')})`,
      );
    }
  }
}

/**
 * Rasterises an SVG `width` pixels wide with the project's fonts only.
 * `name` (the file being made, such as `zh/data/bmw-investment.png`) is named
 * when a character has no glyph.
 */
export async function svgToPng(svg: string, width: number, name: string): Promise<Uint8Array<ArrayBuffer>> {
  const fontFiles = fontFilesFor(drawnText(svg), usedWeights(svg), name);
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles,
      // Generic names and the page's system font stack resolve to the project's fonts.
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
      serifFamily: 'Inter',
      monospaceFamily: 'Inter',
    },
    logLevel: 'error',
  });
  return new Uint8Array(rendered.asPng());
}
