/**
 * Hosting under a sub-path: the run's BASE_PATH=/sub/ SITE_URL=https://example.org
 * build (dist-sub/, made by `npm run build:sub` and shared with the server suite),
 * served under /sub/ like a plain static host, crawled page by page in Chromium. Every link, asset,
 * CSV, share image and sitemap entry must resolve under /sub/.
 */
import { isEmbedPage } from '../../src/lib/site/routes.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/publish/og-image.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { contentSectionSlugs } from '../support/content.ts';
import { builtPages } from '../support/crawl.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { SUB_DIST_DIR, SUB_SITE, subPathBuild } from '../support/harness.ts';

const { SITE_URL, BASE_PATH } = SUB_SITE;
const OUT_DIR = SUB_DIST_DIR;

// The shared sub-path build; made here only when this file runs without it (or it is older than dist/).
const site = useBuiltSite({
  dir: OUT_DIR,
  base: BASE_PATH,
  prepare: () => void exclusiveBuild(subPathBuild),
});

/** What the crawl found on one page. */
interface CrawledPage {
  url: string;
  consoleErrors: string[];
  failedRequests: string[];
  /** Every href and src on the page, resolved. */
  references: string[];
  /** Ids on the page, for checking #fragment links. */
  ids: string[];
  /** og:image, og:url and canonical, absolute on the configured site. */
  absolute: string[];
}

const crawled = new Map<string, CrawledPage>();

/** Maps a URL of the configured site (https://example.org/sub/…) onto the local server. */
function local(url: string): string {
  const parsed = new URL(url);
  return new URL(`${parsed.pathname}${parsed.search}`, site.url).href;
}

/** Every page URL the sitemap lists (absolute, on the configured site). */
async function sitemapPages(): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = await (await fetch(`${site.url}sitemap-index.xml`)).text();
  const pages: string[] = [];
  for (const sitemap of locs(index)) {
    expect(sitemap).toMatch(/^https:\/\/example\.org\/sub\//);
    pages.push(...locs(await (await fetch(local(sitemap))).text()));
  }
  return pages;
}

/** The pages of the sub-path build, as served under /sub/ (`/sub/`, `/sub/shunyi/` …); read once it is built. */
const builtPaths = () =>
  builtPages(OUT_DIR)
    .filter((page) => page.rel === 'index.html' || page.rel.endsWith('/index.html'))
    .map((page) => `${BASE_PATH}${page.path}`)
    // Chart embed pages are noindex and left out of the sitemap.
    .filter((path) => !isEmbedPage(path));

/** Loads one page of the crawl and records what it references; returns the same-site pages it links to. */
async function visit(url: string): Promise<string[]> {
  return crawlPages.use(url, async ({ page, problems }) => {
    // Network idle does not wait for the parser on a busy machine: the whole document first.
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.readyState === 'complete');
    const found = await page.evaluate(() => ({
      references: [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
        ...[...document.querySelectorAll('[srcset]')].flatMap((el) =>
          (el.getAttribute('srcset') ?? '')
            .split(',')
            .map((part) => new URL(part.trim().split(/\s+/)[0] ?? '', document.baseURI).href),
        ),
        ...[...document.querySelectorAll('image[href], use[href]')].map(
          (el) => new URL(el.getAttribute('href') ?? '', document.baseURI).href,
        ),
      ],
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      absolute: [
        ...[
          ...document.querySelectorAll(
            'meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]',
          ),
        ].map((m) => m.getAttribute('content') ?? ''),
        document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
      ].filter(Boolean),
    }));
    crawled.set(url, {
      url,
      consoleErrors: [...problems.consoleErrors],
      failedRequests: [...problems.failedRequests],
      ...found,
    });
    return found.references.flatMap((ref) => {
      const target = new URL(ref);
      target.hash = '';
      return target.origin === new URL(site.url).origin && target.pathname.endsWith('/') ? [target.href] : [];
    });
  });
}

/** Pages loaded at once while crawling (each waits for the network to be idle, which is mostly waiting). */
const CRAWL_AT_ONCE = 4;
/** The crawl's pages, kept open and lent to one page load at a time (each a fresh load). */
const crawlPages = site.pagePool({ size: CRAWL_AT_ONCE, waitUntil: 'networkidle' });

beforeAll(async () => {
  // Start from the home page and every sitemap entry, then follow links, round by round: every page
  // found in one round and not yet loaded is loaded in the next, CRAWL_AT_ONCE at a time.
  let round = [...new Set([site.url, ...(await sitemapPages()).map(local)])];
  while (round.length > 0) {
    const queue = [...round];
    const next = new Set<string>();
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        for (const linked of await visit(url)) next.add(linked);
      }
    };
    await Promise.all(Array.from({ length: CRAWL_AT_ONCE }, worker));
    round = [...next].filter((url) => !crawled.has(url));
  }
}, 180_000);

describe(`a build with BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL}`, () => {
  it('reaches every page the build wrote (the story, each section, sources, corrections) from the home page', () => {
    const paths = [...crawled.keys()].map((url) => new URL(url).pathname);
    const built = builtPaths();
    expect(built).toContain('/sub/');
    expect(built).toContain('/sub/sources/');
    for (const path of built) expect(paths).toContain(path);
  });

  it('loads every page with no console error and no failed request', () => {
    for (const page of crawled.values()) {
      expect(page.consoleErrors, page.url).toEqual([]);
      expect(page.failedRequests, page.url).toEqual([]);
    }
  });

  it('keeps every same-site link and asset under /sub/, and each one resolves', async () => {
    const origin = new URL(site.url).origin;
    const targets = new Set<string>();
    for (const page of crawled.values()) {
      for (const ref of page.references) {
        const url = new URL(ref);
        if (url.origin !== origin) continue;
        expect(url.pathname, `${page.url} links to ${ref}`).toMatch(/^\/sub\//);
        url.hash = '';
        targets.add(url.href);
      }
    }
    expect([...targets].some((t) => t.endsWith('.csv'))).toBe(true);
    for (const target of targets) {
      const response = await fetch(target);
      expect(response.status, target).toBe(200);
    }
  });

  it('points every #fragment link at an id on the page it opens', () => {
    for (const page of crawled.values()) {
      for (const ref of page.references) {
        const url = new URL(ref);
        if (!url.hash || url.hash.startsWith('#:~:') || url.origin !== new URL(site.url).origin) continue;
        const target = new URL(ref);
        target.hash = '';
        const opened = crawled.get(target.href);
        if (!opened) continue;
        expect(opened.ids, `${page.url} links to ${ref}`).toContain(decodeURIComponent(url.hash.slice(1)));
      }
    }
  });

  it('writes canonical, og:url and og:image on the configured site under /sub/, and every share image exists', async () => {
    // The story and each section page have a share image of their own.
    for (const path of ['', ...contentSectionSlugs().map((slug) => `${slug}/`)]) {
      const page = crawled.get(site.at(path));
      expect(page, `/sub/${path} was crawled`).toBeDefined();
      const images = page!.absolute.filter((url) => url.endsWith('.png'));
      expect(images.length, `/sub/${path}: share image`).toBeGreaterThan(0);
    }
    for (const page of crawled.values()) {
      for (const url of page.absolute) {
        expect(url, page.url).toMatch(/^https:\/\/example\.org\/sub\//);
        const response = await fetch(local(url));
        expect(response.status, url).toBe(200);
        if (url.endsWith('.png')) {
          expect(pngSize(new Uint8Array(await response.arrayBuffer())), url).toEqual({ width: 1200, height: 630 });
        }
      }
    }
  });

  it('lists only /sub/ pages in the sitemap, each of which exists, and robots.txt points at it', async () => {
    const robots = await (await fetch(`${site.url}robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://example.org/sub/sitemap-index.xml');
    const pages = await sitemapPages();
    expect([...pages].sort()).toEqual(
      builtPaths()
        .map((path) => `${SITE_URL}${path}`)
        .sort(),
    );
    for (const page of pages) {
      expect(page).toMatch(/^https:\/\/example\.org\/sub\//);
      expect((await fetch(local(page))).status, page).toBe(200);
    }
  });

  it('serves the helpful 404 page, with working links, for a missing address', async () => {
    const response = await fetch(`${site.url}no-such-page/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
    expect(links).toContain(BASE_PATH);
    for (const slug of contentSectionSlugs()) expect(links).toContain(`${BASE_PATH}#${slug}`);
    for (const href of links) expect(href).toMatch(/^\/sub\//);
  });
});
