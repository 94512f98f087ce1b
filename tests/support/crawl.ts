/**
 * Reads a built site from disk for the quality gates: which HTML pages the
 * build wrote, what each page links to and loads, and whether every internal
 * target exists. Parses with parse5 (the WHATWG algorithm browsers use), so
 * no browser and no server are needed. Knows nothing about the story itself:
 * it works on whatever the build wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** A parsed element, with its position in the source when the parser saw a tag for it. */
export type HtmlElement = DefaultTreeAdapterTypes.Element;
/** A parsed document. */
export type HtmlDocument = DefaultTreeAdapterTypes.Document;

/** One HTML file of the build. */
export interface BuiltPage {
  /** Absolute path on disk. */
  file: string;
  /** Path inside the build folder, with forward slashes: `bmw-shenyang/index.html`. */
  rel: string;
  /** The address the page is served at, relative to the base: `` (home), `bmw-shenyang/`, `404.html`. */
  path: string;
}

/** Every file the build wrote, as paths relative to `dir` with forward slashes, sorted. */
export function builtFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Every HTML page the build wrote (each index.html, 404.html and any other .html), home page first. */
export function builtPages(dir: string): BuiltPage[] {
  const pages = builtFiles(dir)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => ({
      file: join(dir, rel),
      rel,
      path: rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel,
    }));
  return pages.sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path.localeCompare(b.path)));
}

/**
 * The pages the page-by-page gates (axe, no-JS, Nu, the per-page budgets) load: every page the build
 * wrote, or, when `GATE_ONLY` is set (comma-separated path prefixes, `~` for the home page), those it
 * names: the two-story run (vitest.stories.config.ts) gates the second story's pages and the story
 * index, the rest of that site being the root build's, gated already. A prefix naming no page stops.
 */
export function gatedPages(dir: string, only = process.env.GATE_ONLY): BuiltPage[] {
  const pages = builtPages(dir);
  if (!only) return pages;
  const prefixes = only.split(',').map((p) => p.trim());
  for (const prefix of prefixes) {
    if (!pages.some((page) => (prefix === '~' ? page.path === '' : page.path.startsWith(prefix))))
      throw new Error(`GATE_ONLY: no page of ${dir} is under "${prefix}"`);
  }
  return pages.filter((page) =>
    prefixes.some((prefix) => (prefix === '~' ? page.path === '' : page.path.startsWith(prefix))),
  );
}

/** Parses HTML as a browser with scripting off would, keeping each element's source offsets. */
export function parseHtml(html: string): HtmlDocument {
  return parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

/** Every element of a document (or below a node), in document order. */
export function* elements(node: DefaultTreeAdapterTypes.ParentNode): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    // <template> keeps its children in a separate fragment.
    yield* elements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
  }
}

/** The value of an attribute, or undefined. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text inside a node (for <style> contents and the like). */
export function textOf(node: DefaultTreeAdapterTypes.ParentNode): string {
  return node.childNodes
    .map((child) => ('value' in child ? child.value : 'childNodes' in child ? textOf(child) : ''))
    .join('');
}

/** A URL found in a page or stylesheet, with where it was found. */
export interface Reference {
  /** The URL as written. */
  url: string;
  /** Where: `a[href]`, `img[srcset]`, `style url()` … */
  from: string;
  /** True when a browser fetches it to show the page (not a link the reader follows). */
  subresource: boolean;
}

/** URLs inside CSS: `url(…)` and `@import "…"`. */
export function cssReferences(css: string, from = 'css'): Reference[] {
  const refs: Reference[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    refs.push({ url: (m[1] ?? m[2] ?? m[3] ?? '').trim(), from: `${from} url()`, subresource: true });
  }
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    refs.push({ url: m[1] ?? m[2] ?? '', from: `${from} @import`, subresource: true });
  }
  return refs.filter((ref) => ref.url !== '');
}

/** The URLs of a srcset attribute. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** `<link rel>` values a browser fetches while loading the page. */
const FETCHED_LINK_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'apple-touch-icon']);

/** Every URL a page links to or loads: anchors, links, scripts, images, media, SVG references and CSS. */
export function pageReferences(doc: HtmlDocument): Reference[] {
  const refs: Reference[] = [];
  const add = (url: string | undefined, from: string, subresource: boolean) => {
    if (url !== undefined) refs.push({ url: url.trim(), from, subresource });
  };
  for (const el of elements(doc)) {
    const tag = el.tagName;
    if (tag === 'a' || tag === 'area') add(attr(el, 'href'), `${tag}[href]`, false);
    if (tag === 'link') {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      add(
        attr(el, 'href'),
        `link[rel=${rels.join(' ')}]`,
        rels.some((rel) => FETCHED_LINK_RELS.has(rel)),
      );
      const imagesrcset = attr(el, 'imagesrcset');
      if (imagesrcset) for (const url of srcsetUrls(imagesrcset)) add(url, 'link[imagesrcset]', true);
    }
    if (['script', 'img', 'iframe', 'embed', 'audio', 'video', 'source', 'track', 'input'].includes(tag))
      add(attr(el, 'src'), `${tag}[src]`, true);
    if (tag === 'video') add(attr(el, 'poster'), 'video[poster]', true);
    if (tag === 'object') add(attr(el, 'data'), 'object[data]', true);
    const srcset = attr(el, 'srcset');
    if (srcset) for (const url of srcsetUrls(srcset)) add(url, `${tag}[srcset]`, true);
    // SVG <use>, <image> and <a> carry href (or the old xlink:href).
    if (el.namespaceURI === 'http://www.w3.org/2000/svg') {
      const href = attr(el, 'href') ?? el.attrs.find((a) => a.prefix === 'xlink' && a.name === 'href')?.value;
      add(href, `svg ${tag}[href]`, tag !== 'a');
    }
    if (tag === 'form') add(attr(el, 'action'), 'form[action]', false);
    const style = attr(el, 'style');
    if (style) refs.push(...cssReferences(style, `${tag}[style]`));
    if (tag === 'style') refs.push(...cssReferences(textOf(el), '<style>'));
  }
  return refs;
}

/** Every id (and legacy `<a name>`) in a document: what a #fragment can point at. */
export function fragmentTargets(doc: HtmlDocument): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
  }
  return ids;
}

/** The origin the build writes into absolute URLs (canonical, og:url), read from the home page. */
export function builtSiteOrigin(dir: string): string | undefined {
  const doc = parseHtml(readFileSync(join(dir, 'index.html'), 'utf8'));
  for (const el of elements(doc)) {
    if (el.tagName === 'link' && attr(el, 'rel') === 'canonical') return new URL(attr(el, 'href')!).origin;
    if (el.tagName === 'meta' && attr(el, 'property') === 'og:url') return new URL(attr(el, 'content')!).origin;
  }
  return undefined;
}

/** A broken internal reference. */
export interface BrokenLink {
  /** The page or stylesheet it is in, relative to the build folder. */
  in: string;
  /** The URL as written, and where. */
  url: string;
  from: string;
  /** What is wrong. */
  problem: string;
}

/** What a link check found. */
export interface LinkReport {
  /** HTML pages and stylesheets read. */
  pages: number;
  stylesheets: number;
  /** Internal references checked (each occurrence), and how many had a #fragment. */
  checked: number;
  fragments: number;
  /** External references seen (not fetched; there is no network). */
  external: number;
  broken: BrokenLink[];
}

/**
 * Checks every internal link, #fragment and asset in every page and stylesheet
 * of a build served under `base`: the target file exists on disk (a path ending
 * in `/` needs its index.html), and a fragment names an id in the target page.
 * URLs on `siteOrigin` (canonical, og:image) count as internal.
 */
export function checkBuiltLinks(dir: string, base = '/', siteOrigin = builtSiteOrigin(dir)): LinkReport {
  const origin = 'http://built.invalid';
  const report: LinkReport = { pages: 0, stylesheets: 0, checked: 0, fragments: 0, external: 0, broken: [] };
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (rel: string) => {
    if (!idsCache.has(rel)) idsCache.set(rel, fragmentTargets(parseHtml(readFileSync(join(dir, rel), 'utf8'))));
    return idsCache.get(rel)!;
  };

  /** Checks one reference found in `inRel` (a file served at `servedAt`). */
  const check = (inRel: string, servedAt: string, ref: Reference) => {
    const fail = (problem: string) => report.broken.push({ in: inRel, url: ref.url, from: ref.from, problem });
    if (ref.url === '') return fail('empty URL');
    if (/^(data|mailto|tel|javascript|blob|about):/i.test(ref.url)) {
      if (/^javascript:/i.test(ref.url)) fail('javascript: URL');
      return;
    }
    // A bare #fragment points into the page itself, wherever that page is served.
    if (ref.url.startsWith('#')) {
      report.checked += 1;
      const fragment = ref.url.slice(1);
      if (!fragment || fragment.startsWith(':~:') || fragment === 'top') return;
      report.fragments += 1;
      const id = decodeURIComponent(fragment.split(':~:')[0]!);
      if (!idsOf(inRel).has(id)) fail(`no element with id="${id}" in ${inRel}`);
      return;
    }
    let url: URL;
    try {
      url = new URL(ref.url, new URL(servedAt, origin));
    } catch {
      return fail('not a valid URL');
    }
    if (siteOrigin && url.origin === siteOrigin) url = new URL(`${url.pathname}${url.search}${url.hash}`, origin);
    if (url.origin !== origin) {
      report.external += 1;
      return;
    }
    report.checked += 1;
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return fail(`outside the base path ${base}`);
    const path = pathname.slice(base.length);
    let targetRel: string;
    if (path === '' || path.endsWith('/')) {
      targetRel = `${path}index.html`;
      if (!existsSync(join(dir, targetRel))) return fail(`no ${targetRel} in the build`);
    } else {
      targetRel = path;
      const onDisk = join(dir, targetRel);
      if (existsSync(onDisk) && statSync(onDisk).isDirectory())
        return fail('a folder: the link needs a trailing slash');
      if (!existsSync(onDisk)) return fail(`no ${targetRel} in the build`);
    }
    const fragment = url.hash.slice(1);
    // Text fragments (#:~:text=) and the top of the page need no id.
    if (!fragment || fragment.startsWith(':~:') || fragment === 'top') return;
    report.fragments += 1;
    if (!targetRel.endsWith('.html')) return fail(`#${fragment} on a file that is not HTML`);
    const id = decodeURIComponent(fragment.split(':~:')[0]!);
    if (!idsOf(targetRel).has(id)) fail(`no element with id="${id}" in ${targetRel}`);
  };

  const files = builtFiles(dir);
  for (const page of builtPages(dir)) {
    report.pages += 1;
    const html = readFileSync(page.file, 'utf8');
    const doc = parseHtml(html);
    // 404.html is served at any missing address, so its links must not be relative to its own path.
    const servedAt = page.rel === '404.html' ? `${base}no-such-page/deeper/` : `${base}${page.path}`;
    for (const el of elements(doc)) {
      if (el.tagName === 'base')
        report.broken.push({
          in: page.rel,
          url: attr(el, 'href') ?? '',
          from: 'base[href]',
          problem: '<base> changes every relative link; not supported',
        });
    }
    for (const ref of pageReferences(doc)) check(page.rel, servedAt, ref);
  }
  for (const rel of files.filter((file) => file.endsWith('.css'))) {
    report.stylesheets += 1;
    for (const ref of cssReferences(readFileSync(join(dir, rel), 'utf8'))) check(rel, `${base}${rel}`, ref);
  }
  return report;
}
