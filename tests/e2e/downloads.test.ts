/**
 * What a reader takes away, in every edition: each chart's SVG parses, has
 * its title, shows the same text as the chart on the page plus its title and
 * source, and paints every mark in the light theme's colours with no
 * stylesheet; each PNG is the size its link states and is that SVG
 * rasterised; each oEmbed record validates and describes its embed page; the
 * citations (plain text, BibTeX, CSL-JSON) parse and name the report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { pngSize } from '../../src/lib/publish/og-image.ts';
import { svgToPng } from '../../src/lib/publish/raster.ts';
import {
  attr,
  builtPages,
  builtSiteOrigin,
  elements,
  parseHtml,
  textOf,
  type HtmlDocument,
  type HtmlElement,
} from '../support/crawl.ts';
import { DIST_DIR, launchBrowser, serveStatic, type StaticSite } from '../support/harness.ts';
import { storyChartIds } from '../support/content.ts';

/** The story's charts (charts.yaml). */
const CHART_IDS = storyChartIds();

const origin = builtSiteOrigin(DIST_DIR)!;
/** Every edition's path prefix ("" for English, "de/" …): the folders holding a data/ with chart SVGs. */
const editions = builtPages(DIST_DIR)
  .filter((p) => /^(?:[^/]+\/)?index\.html$/.test(p.rel) && existsSync(join(DIST_DIR, p.path, 'data')))
  .map((p) => p.path);
const charts = editions.flatMap((edition) => CHART_IDS.map((id) => ({ edition, id, name: `${edition}${id}` })));

/** A built page, parsed. */
function doc(path: string): HtmlDocument {
  return parseHtml(readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8'));
}

/** The first element matching a test, in a parsed page. */
function find(document: HtmlDocument, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const el of elements(document)) if (test(el)) return el;
  return undefined;
}

/** The text of the first element matching a test, spaces collapsed. */
function text(document: HtmlDocument, test: (el: HtmlElement) => boolean): string | undefined {
  const el = find(document, test);
  return el && textOf(el).replace(/\s+/g, ' ').trim();
}

/** A computed colour as red, green and blue from 0 to 255 (`rgb()` or `color(srgb …)`), or the keyword. */
function channels(colour: string): number[] | string {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour);
  if (rgb) return rgb.slice(1, 4).map(Number);
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  if (srgb) return srgb.slice(1, 4).map((c) => Number(c) * 255);
  return colour;
}

/** True when two computed colours are the same to within one step of 255. */
function sameColour(a: string, b: string): boolean {
  const [x, y] = [channels(a), channels(b)];
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  return x.every((c, i) => Math.abs(c - y[i]!) <= 1);
}

/** A site path for an absolute URL of the built site. */
function sitePath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(origin);
  return parsed.pathname.slice(1);
}

let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveStatic();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('finds every edition’s charts', () => {
  expect(editions).toContain('');
  expect(charts.length).toBe(editions.length * CHART_IDS.length);
});

/** What Chromium reads in a standalone SVG file, opened as a document of its own. */
interface SvgFile {
  parseError: string | null;
  root: string;
  xmlns: string | null;
  width: number;
  title: string;
  texts: string[];
  unpainted: string[];
  paint: { fill: string; stroke: string; strokeWidth: string }[];
}

/** What Chromium reads in the chart on the story page, in the light theme. */
interface PageChart {
  title: string;
  source: string;
  texts: string[];
  paint: { fill: string; stroke: string; strokeWidth: string }[];
}

describe.each(charts)('$name', ({ edition, id }) => {
  const svgPath = `${edition}data/${id}.svg`;
  const pngPath = `${edition}data/${id}.png`;
  let svg: SvgFile;
  let onPage: PageChart;

  beforeAll(async () => {
    await page.goto(`${site.url}${edition}`, { waitUntil: 'load' });
    onPage = await page.locator(`figure[data-chart="${id}"]`).evaluate((figure) => {
      const drawing = figure.querySelector('svg')!;
      const marks = [...drawing.children].filter((el) => !['title', 'desc'].includes(el.tagName));
      const all = marks.flatMap((el) => [el, ...el.querySelectorAll('*')]);
      return {
        title: figure.querySelector('.chart-title')!.textContent!.trim(),
        source: figure.querySelector('.chart-source')!.textContent!.trim(),
        texts: [...drawing.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        paint: all.map((el) => {
          const style = getComputedStyle(el);
          return { fill: style.fill, stroke: style.stroke, strokeWidth: style.strokeWidth };
        }),
      };
    });
    // Parsed as XML, as any SVG reader would; then opened on its own, with no stylesheet of ours.
    const source = readFileSync(join(DIST_DIR, svgPath), 'utf8');
    const parseError = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null,
      source,
    );
    await page.goto(`${site.url}${svgPath}`, { waitUntil: 'load' });
    svg = {
      parseError,
      ...(await page.evaluate(() => {
        const root = document.documentElement;
        const chart = root.querySelector('g[transform]')!;
        const all = [...chart.children].flatMap((el) => [el, ...el.querySelectorAll('*')]);
        return {
          root: root.tagName,
          xmlns: root.getAttribute('xmlns'),
          width: Number(root.getAttribute('width')),
          title: root.querySelector('title')?.textContent ?? '',
          texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          // Every drawn element with a class carries its paint (groups only hold them).
          unpainted: [...root.querySelectorAll('[class]:not(g)')]
            .filter((el) => !el.getAttribute('style'))
            .map((el) => el.outerHTML.slice(0, 80)),
          paint: all.map((el) => {
            const style = getComputedStyle(el);
            return { fill: style.fill, stroke: style.stroke, strokeWidth: style.strokeWidth };
          }),
        };
      })),
    };
  });

  it('has an SVG that parses, with its title, and no CSS variable or stylesheet left to resolve', () => {
    const file = readFileSync(join(DIST_DIR, svgPath), 'utf8');
    expect(svg.parseError).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.title).toBe(onPage.title);
    expect(file).not.toMatch(/var\(|color-mix|<style|<link|href=/);
    expect(svg.unpainted).toEqual([]);
  });

  it('shows the chart’s text as the page does, with the title and source line in the image', () => {
    // Wrapped lines are joined with a space; Chinese has none between characters, so spaces next to one are dropped.
    const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f]';
    const flat = (text: string) => text.replace(/\s+/g, ' ').replace(new RegExp(`(?<=${CJK}) | (?=${CJK})`, 'g'), '');
    const joined = flat(svg.texts.join(' '));
    for (const label of onPage.texts) expect(svg.texts, label).toContain(label);
    expect(joined.startsWith(flat(onPage.title.split(' ').slice(0, 3).join(' ')))).toBe(true);
    expect(joined).toContain(flat(onPage.title));
    expect(joined).toContain(flat(onPage.source));
  });

  it('paints every mark and label as the page does in the light theme', () => {
    expect(svg.paint.length).toBe(onPage.paint.length);
    expect(svg.paint.length).toBeGreaterThan(3);
    const differ = svg.paint
      .map((paint, i) => ({ paint, page: onPage.paint[i]!, i }))
      .filter(
        ({ paint, page }) =>
          !sameColour(paint.fill, page.fill) ||
          !sameColour(paint.stroke, page.stroke) ||
          paint.strokeWidth !== page.strokeWidth,
      )
      .map(({ paint, page, i }) => `element ${i}: file ${JSON.stringify(paint)}, page ${JSON.stringify(page)}`);
    expect(differ).toEqual([]);
  });

  it('has a PNG of the size its link states, 1200 px wide, rasterised from the SVG', async () => {
    const link = text(
      doc(edition),
      (el) => el.tagName === 'a' && attr(el, 'href')?.endsWith(`data/${id}.png`) === true,
    );
    const stated = /(\d+)\s*×\s*(\d+)/.exec(link ?? '');
    expect(stated, `the PNG link says its size: "${link}"`).not.toBeNull();
    const png = readFileSync(join(DIST_DIR, pngPath));
    const size = pngSize(png);
    expect(size).toEqual({ width: Number(stated![1]), height: Number(stated![2]) });
    expect(size.width).toBe(1200);
    // The same SVG, rasterised again here (project fonts only: src/lib/publish/raster.ts), gives the same bytes.
    const again = await svgToPng(readFileSync(join(DIST_DIR, svgPath), 'utf8'), size.width, pngPath);
    expect(Buffer.from(again).equals(png)).toBe(true);
  });
});

/** The oEmbed 1.0 fields a `rich` response must (and may) have. */
const OEmbedSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    html: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    title: z.string().min(1),
    provider_name: z.string().min(1),
    provider_url: z.url(),
  })
  .strict();

describe('oEmbed', () => {
  const embeds = builtPages(DIST_DIR).filter((p) => /(^|\/)embed\/[^/]+\/index\.html$/.test(p.rel));

  it.each(embeds.map((p) => p.path))('/%s links a valid rich oEmbed record that frames it', (path) => {
    const page = doc(path);
    const link = find(page, (el) => el.tagName === 'link' && attr(el, 'type') === 'application/json+oembed');
    expect(attr(link!, 'rel')).toBe('alternate');
    const record = OEmbedSchema.parse(JSON.parse(readFileSync(join(DIST_DIR, sitePath(attr(link!, 'href')!)), 'utf8')));
    expect(record.title).toBe(text(page, (el) => el.tagName === 'h1'));
    const frame = parseHtml(record.html);
    const iframes = [...elements(frame)].filter((el) => el.tagName === 'iframe');
    expect(iframes).toHaveLength(1);
    expect(sitePath(attr(iframes[0]!, 'src')!)).toBe(path);
    expect(attr(iframes[0]!, 'style')).toContain(`height:${record.height}px`);
    expect([...elements(frame)].some((el) => el.tagName === 'script')).toBe(false);
    const robots = find(page, (el) => el.tagName === 'meta' && attr(el, 'name') === 'robots');
    expect(robots && attr(robots, 'content')).toBe('noindex');
  });
});

/** Parses BibTeX with citation-js into CSL items. */
async function parseBibtex(bibtex: string): Promise<{ title?: string; URL?: string }[]> {
  return (await Cite.async(bibtex, { forceType: '@bibtex/text' })).data as { title?: string; URL?: string }[];
}

/** A text field's content on a built page, by its id, as written. */
function field(path: string, id: string): string {
  const el = find(doc(path), (e) => e.tagName === 'textarea' && attr(e, 'id') === id);
  if (!el) throw new Error(`/${path} has no textarea #${id}`);
  return textOf(el);
}

describe.each(editions)('citations of edition "/%s"', (edition) => {
  const story = doc(edition);
  const headline = text(story, (el) => el.tagName === 'h1')!;
  // The report's address, as the page's JSON-LD names it (isBasedOn).
  const jsonLd = text(story, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')!;
  const reportUrl = (JSON.parse(jsonLd) as { isBasedOn: { url: string } }).isBasedOn.url;

  it('gives the sources page a plain-text citation of the explainer and the report, and BibTeX equal to the file', async () => {
    const plain = field(`${edition}sources/`, 'cite-text');
    expect(plain).toContain(headline);
    expect(plain).toContain(`${origin}/${edition}`);
    expect(plain).toContain(reportUrl);
    const bibtex = field(`${edition}sources/`, 'cite-bibtex');
    expect(bibtex).toBe(readFileSync(join(DIST_DIR, edition, 'citation.bib'), 'utf8'));
    const items = await parseBibtex(bibtex);
    expect(items.map((item) => item.URL)).toEqual([`${origin}/${edition}`, reportUrl]);
    expect(items[0]!.title).toBe(headline);
  });

  it('publishes CSL-JSON that a citation processor reads and formats', () => {
    const json = JSON.parse(readFileSync(join(DIST_DIR, edition, 'citation.json'), 'utf8')) as { URL: string }[];
    expect(json.map((item) => item.URL)).toEqual([`${origin}/${edition}`, reportUrl]);
    const formatted = new Cite(json).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    }) as string;
    expect(formatted).toContain(headline);
    expect(formatted).toContain(reportUrl);
  });

  it.each(CHART_IDS)('cites the chart %s under it, with the report, in BibTeX that parses', async (id) => {
    const pagePath = builtPages(DIST_DIR)
      .map((p) => p.path)
      .find(
        (path) =>
          path.startsWith(edition) &&
          readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8').includes(`id="cite-bibtex-${id}"`),
      )!;
    const items = await parseBibtex(field(pagePath, `cite-bibtex-${id}`));
    expect(items.map((item) => item.URL)).toEqual([`${origin}/${edition}embed/${id}/`, reportUrl]);
    expect(field(pagePath, `cite-text-${id}`)).toContain(`${origin}/${edition}embed/${id}/`);
  });
});

it('lists every chart file in the data folders it is linked from', () => {
  for (const edition of editions) {
    const files = readdirSync(join(DIST_DIR, edition, 'data')).sort();
    expect(files).toEqual(CHART_IDS.flatMap((id) => [`${id}.csv`, `${id}.png`, `${id}.svg`]).sort());
  }
});
