/**
 * Page weight, as Chromium loads a built page: every request it makes, sorted
 * into HTML, CSS, JS, image, font and other, with raw, gzip and brotli bytes;
 * the JavaScript inside the HTML; and the HTML and CSS that draw the first
 * screen. Shared by the budgets test and `npm run bench`. Byte counts are
 * deterministic for a given build; nothing here measures time.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { attr, elements, parseHtml, textOf, type HtmlElement } from './crawl.ts';

/** Kinds of bytes a page loads. */
export const KINDS = ['html', 'css', 'js', 'image', 'font', 'other'] as const;
/** One kind of bytes. */
export type Kind = (typeof KINDS)[number];

/** Sizes of some bytes: as stored, gzip (level 6, what hosts use on the fly) and brotli (quality 11, precompressed). */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw, gzip and brotli sizes of a buffer. */
export function sizesOf(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 6 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/** Adds sizes. */
export function addSizes(...all: Sizes[]): Sizes {
  return all.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** One request of a page load. */
export interface LoadedResource {
  url: string;
  kind: Kind;
  sizes: Sizes;
}

/** What loading a page cost. */
export interface PageWeight {
  url: string;
  /** Same-origin requests, with their sizes. */
  resources: LoadedResource[];
  /** Requests to any other origin (blocked before they leave the machine). */
  thirdParty: string[];
  /** Bytes per kind, summed over requests. */
  byKind: Record<Kind, Sizes>;
  /** Everything the page loaded. */
  total: Sizes;
  /** JavaScript the page runs: external files plus scripts written inside the HTML. */
  javascript: Sizes;
  /** JavaScript written inside the HTML (already counted in the HTML bytes). */
  inlineJavascript: Sizes;
}

/** Sorts a response into a kind by its content type, then its file extension. */
function kindOf(url: string, contentType: string): Kind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const ext = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
  if (type === 'text/html') return 'html';
  if (type === 'text/css' || ext === 'css') return 'css';
  if (/javascript|ecmascript/.test(type) || ['js', 'mjs'].includes(ext)) return 'js';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || ['woff2', 'woff', 'ttf', 'otf'].includes(ext)) return 'font';
  return 'other';
}

/** Script elements whose contents a browser runs. */
function isRunnableScript(el: HtmlElement): boolean {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /javascript|ecmascript/.test(type);
}

/** The JavaScript written inside an HTML page, joined (as it compresses within the page). */
export function inlineScripts(html: string): string {
  return [...elements(parseHtml(html))]
    .filter((el) => el.tagName === 'script' && !attr(el, 'src') && isRunnableScript(el))
    .map((el) => textOf(el))
    .join('\n');
}

/**
 * Loads `url` in a fresh context of `browser` and records every request until
 * the network is idle. Requests to other origins are recorded and aborted, so
 * a page that calls out never reaches the network.
 */
export async function weighPage(
  browser: Browser,
  url: string,
  viewport = { width: 412, height: 823 },
): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport });
  const thirdParty: string[] = [];
  const pending: Promise<LoadedResource | undefined>[] = [];
  let html: Buffer;
  try {
    await context.route(
      (target) => target.origin !== origin,
      (route) => {
        thirdParty.push(route.request().url());
        return route.abort();
      },
    );
    const page = await context.newPage();
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          if (!response || new URL(request.url()).origin !== origin) return undefined;
          const body = await response.body().catch(() => Buffer.alloc(0));
          return {
            url: request.url(),
            kind: kindOf(request.url(), response.headers()['content-type'] ?? ''),
            sizes: sizesOf(body),
          };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    html = await (await page.request.get(url)).body();
  } finally {
    await context.close();
  }

  const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== undefined);
  const byKind = Object.fromEntries(
    KINDS.map((kind) => [kind, addSizes(...resources.filter((r) => r.kind === kind).map((r) => r.sizes))]),
  ) as Record<Kind, Sizes>;
  const inline = inlineScripts(html.toString('utf8'));
  const inlineJavascript = inline ? sizesOf(Buffer.from(inline)) : addSizes();
  return {
    url,
    resources,
    thirdParty,
    byKind,
    total: addSizes(...resources.map((r) => r.sizes)),
    javascript: addSizes(byKind.js, inlineJavascript),
    inlineJavascript,
  };
}

/** What the first screen needs. */
export interface FirstScreen {
  /** The viewport the fold was measured in. */
  viewport: { width: number; height: number };
  /** Bytes of HTML before the first element that starts below the fold. */
  htmlBytes: number;
  /** The first element below the fold, for messages: `<section#shunyi>`. */
  cutAt: string;
  /** That much HTML, compressed. */
  html: Sizes;
  /** The render-blocking stylesheets, each compressed on its own. */
  css: Sizes;
  /** Both. */
  total: Sizes;
}

/** Elements in document order as `querySelectorAll('*')` lists them (template contents excluded). */
function* domOrder(node: Parameters<typeof elements>[0]): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    if (child.tagName !== 'template') yield* domOrder(child);
  }
}

/**
 * The HTML and CSS a browser needs to draw the first screen of `url` at
 * `viewport`: the page's HTML up to the first element that starts below the
 * fold (found in Chromium with scripts off, located in the source by parse5,
 * which builds the same tree), plus every render-blocking stylesheet.
 */
export async function firstScreen(
  browser: Browser,
  url: string,
  viewport = { width: 412, height: 823 },
): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  let found: { count: number; index: number; tag: string; stylesheets: string[] };
  let cssBodies: Buffer[];
  let source: string;
  try {
    const page: Page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const fold = innerHeight;
      const index = all.findIndex(
        (el) =>
          document.body.contains(el) &&
          el !== document.body &&
          el.getClientRects().length > 0 &&
          el.getBoundingClientRect().top + scrollY >= fold,
      );
      const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')]
        .filter((link) => !link.disabled && (link.media === '' || matchMedia(link.media).matches))
        .map((link) => link.href);
      return { count: all.length, index, tag: all[index]?.tagName.toLowerCase() ?? '', stylesheets };
    });
    cssBodies = await Promise.all(found.stylesheets.map(async (href) => (await page.request.get(href)).body()));
    source = (await (await page.request.get(url)).body()).toString('utf8');
  } finally {
    await context.close();
  }

  const tree = [...domOrder(parseHtml(source))];
  if (tree.length !== found.count) {
    throw new Error(`parse5 found ${tree.length} elements in ${url}, Chromium ${found.count}: cannot map the fold`);
  }
  let offset = source.length;
  let cutAt = '(the whole page fits on the first screen)';
  if (found.index >= 0) {
    const element = tree[found.index]!;
    if (element.tagName !== found.tag) {
      throw new Error(`element ${found.index} of ${url} is <${element.tagName}> in parse5, <${found.tag}> in Chromium`);
    }
    // An element the parser implied (a <tbody>) has no tag in the source: cut at the next one that has.
    const located = tree.slice(found.index).find((el) => el.sourceCodeLocation);
    offset = located?.sourceCodeLocation?.startOffset ?? source.length;
    cutAt = `<${element.tagName}${attr(element, 'id') ? `#${attr(element, 'id')}` : ''}${attr(element, 'class') ? `.${attr(element, 'class')!.split(/\s+/)[0]}` : ''}>`;
  }
  const prefix = Buffer.from(source.slice(0, offset));
  const html = sizesOf(prefix);
  const css = addSizes(...cssBodies.map((body) => sizesOf(body)));
  return { viewport, htmlBytes: prefix.byteLength, cutAt, html, css, total: addSizes(html, css) };
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
