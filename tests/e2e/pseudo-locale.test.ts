/**
 * Every word and number the site writes goes through the edition's `t` and
 * `fmt`. The site is built with the pseudo-locale (`PSEUDO_LOCALE=1`), which
 * wraps every UI string and every formatted value in ⟦ ⟧; then, on every
 * page, the text and the attributes people read (aria-label, title, alt,
 * content of description tags, the share tools' messages) are checked: once
 * the wrapped parts and the content editors wrote (content/*, read from the
 * files) are taken out, no letter or digit may be left. A string typed into a
 * component, or a number formatted outside `fmt`, would be left over. Code a
 * reader copies (embed code, BibTeX) is marked `translate="no"` and skipped,
 * and web addresses are not words.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { siteContent, storyContent } from '../support/content.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { buildEnv, ROOT } from '../support/harness.ts';

let out = '';
let buildLog = '';

/** Every string value in a record, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** What editors wrote: every content string, split where placeholders, tags and line breaks stand. */
function contentPieces(): string[] {
  const bundle = storyContent();
  const records: unknown[] = [
    // The site's name in each language (content/site.yaml).
    siteContent().site.data.name,
    bundle.story.data,
    ...bundle.sections.map((s) => s.data),
    ...bundle.facts.records,
    ...bundle.entities.records,
    ...bundle.terms.records,
    ...bundle.corrections.records,
    ...bundle.keyNumbers.records,
    // A chart's words are content (charts.yaml); its type, roles and fact ids are not shown.
    ...(bundle.charts?.records ?? []).map((chart) => chart.words),
  ];
  // The editions' own words are content too, as are the languages' names in the switcher (each in itself).
  for (const edition of bundle.editions ?? []) {
    records.push(
      edition.story.data,
      ...edition.sections.map((s) => s.data),
      ...edition.facts.records,
      ...edition.entities.records,
      ...edition.terms.records,
      ...edition.quotes.records,
      ...edition.corrections.records,
      ...edition.keyNumbers.records,
      ...edition.charts.records.map((chart) => chart.words),
    );
  }
  records.push(...(bundle.quotes?.records ?? []), ...Object.values(LOCALES).map((locale) => locale.name));
  const bodies = [...bundle.sections, ...(bundle.editions ?? []).flatMap((e) => e.sections)].map((s) => s.body);
  const natural = (
    countries as { objects: { countries: { geometries: { properties?: { name?: string } }[] } } }
  ).objects.countries.geometries.map((g) => (g.properties?.name ?? '').toUpperCase());
  const pieces = [...stringsIn(records), ...bodies, ...natural].flatMap((text) =>
    text
      // Fact placeholders, a chart's word placeholders, tags and line breaks.
      .split(/\{\{[^}]*\}\}|\{[A-Za-z]+\}|<[^>]*>|\n/)
      // Markdown's list markers are markup, not words.
      .map((piece) =>
        piece
          .replace(/^\s*[-*+]\s+/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
  );
  // Who's-who roles are shown with a capital first letter.
  const capitalised = pieces.map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  return [...new Set([...pieces, ...capitalised].filter((p) => /[\p{L}\p{N}]/u.test(p)))].sort(
    (a, b) => b.length - a.length,
  );
}

/** The text a reader meets on a page: its text in document order, then the attributes read aloud or shown. */
function readerText(html: string): string[] {
  const texts: string[] = [];
  const body: string[] = [];
  const READ_ATTRS = new Set(['aria-label', 'title', 'alt', 'data-copied', 'data-selected', 'data-text']);
  type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
  const walk = (node: Node, inMeta = false) => {
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    if ((node.attrs ?? []).some((a) => a.name === 'translate' && a.value === 'no')) return;
    if (node.nodeName === '#text' && node.value) body.push(node.value);
    for (const attr of node.attrs ?? []) {
      if (READ_ATTRS.has(attr.name)) texts.push(attr.value);
      if (node.nodeName === 'meta' && attr.name === 'content' && inMeta) texts.push(attr.value);
    }
    const isDescription =
      node.nodeName === 'meta' && (node.attrs ?? []).some((a) => /(?:^|:)(?:description|title)$|:alt$/.test(a.value));
    for (const child of node.childNodes ?? []) walk(child, isDescription);
    if (isDescription) for (const attr of node.attrs ?? []) if (attr.name === 'content') texts.push(attr.value);
  };
  // BudouX phrases (Phrases.astro) are one text split for line breaking: read them as the text they are.
  walk(parse(html.replace(/<\/span><wbr><span class="phrase">/g, '')) as unknown as Node);
  return [body.join(' '), ...texts];
}

/** Takes out ⟦wrapped⟧ parts (innermost first), then content pieces; returns what is left with letters or digits. */
function leftovers(text: string, pieces: readonly string[]): string[] {
  let rest = text.replace(/\bhttps?:\/\/[^\s⟦⟧]+/g, ' ').replace(/\s+/g, ' ');
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  // A chart label that wraps is one <text> a line, read joined by a space; Chinese has no spaces between
  // words, so none is read between two of its characters.
  rest = rest
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '');
  // Every occurrence of every content piece covers its characters (pieces may overlap).
  const covered = new Array<boolean>(rest.length).fill(false);
  for (const piece of pieces) {
    if (!rest.includes(piece)) continue;
    const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: a piece that starts or ends with a letter may not cut into a word.
    // (Chinese has no spaces between words, so a piece that starts or ends with a character may touch others.)
    const wordy = (char: string) => /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
    const before = wordy(piece.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = wordy(piece.charAt(piece.length - 1)) ? '(?![\\p{L}\\p{N}])' : '';
    for (const match of rest.matchAll(new RegExp(`${before}${escaped}${after}`, 'gu'))) {
      covered.fill(true, match.index, match.index + match[0].length);
    }
  }
  const uncovered = rest
    .split('')
    .map((char, i) => (covered[i] ? '  ' : char))
    .join('');
  return uncovered
    .split(/\s{2,}|[·|]/)
    .map((bit) => bit.trim())
    .filter((bit) => /[\p{L}\p{N}]/u.test(bit));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'explainer-pseudo-'));
  const result = exclusiveBuild(() =>
    spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: buildEnv({ PSEUDO_LOCALE: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }),
      timeout: 240_000,
    }),
  );
  if (result.status !== 0) throw new Error(`pseudo-locale build failed:\n${result.stdout}\n${result.stderr}`);
  buildLog = `${result.stdout}\n${result.stderr}`;
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the pseudo-locale', () => {
  it('is a production build, which reads and checks the content once', () => {
    expect(buildLog).toMatch(/content read 1×, rules run 1× in this build/);
  });

  it('leaves no bare word or number outside t, fmt and the content files on any page', () => {
    const pieces = contentPieces();
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(5);
    const found = pages.flatMap((page) =>
      readerText(readFileSync(page, 'utf8'))
        .flatMap((text) => leftovers(text, pieces))
        .map((bit) => `${page.slice(out.length)}: ${bit}`),
    );
    expect(found).toEqual([]);
  });

  it('wraps UI strings and numbers (the check sees them)', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('⟦In 30 seconds⟧');
    expect(home).toMatch(/⟦20 billion yuan⟧/);
    expect(leftovers('Key numbers ⟦and⟧', [])).toEqual(['Key numbers']);
    expect(leftovers('⟦Retrieved⟧ https://example.org/embed/x/ ⟦from⟧', [])).toEqual([]);
    expect(readerText('<p>a<textarea translate="no">@misc{x, year = 2026}</textarea>b</p>')[0]).toBe('a b');
  });

  it('the csv of a chart reads its provenance through t', () => {
    const csv = readFileSync(join(out, 'data/bmw-investment.csv'), 'utf8');
    expect(csv).toContain('⟦Report ⟦¶8⟧⟧');
  });
});
