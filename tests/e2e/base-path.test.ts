/**
 * Hosting under a sub-path: builds the site with BASE_PATH=/sub/ and
 * SITE_URL=https://example.org into dist-sub/, serves it under /sub/ like a
 * plain static host, then crawls every page in Chromium. Every link, asset,
 * CSV, share image and sitemap entry must resolve under /sub/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/og-image.ts';
import { launchBrowser, openPage, ROOT, serveStatic, type StaticSite } from './harness.ts';

const SITE_URL = 'https://example.org';
const BASE_PATH = '/sub/';
const OUT_DIR = join(ROOT, 'dist-sub');

let site: StaticSite;
let browser: Browser;

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

/**
 * The environment for the child build, without the variables Vitest adds
 * (BASE_URL, MODE, NODE_ENV=test, …): Vite would take BASE_URL over BASE_PATH.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
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

beforeAll(async () => {
  // The sub-path build is part of this test, so `npm test` needs no extra step.
  execFileSync('npx', ['astro', 'build', '--outDir', OUT_DIR], {
    cwd: ROOT,
    env: { ...buildEnv(), SITE_URL, BASE_PATH },
    stdio: 'pipe',
  });
  site = await serveStatic(OUT_DIR, BASE_PATH);
  browser = await launchBrowser();

  // Start from the home page and every sitemap entry, then follow links.
  const queue = [site.url, ...(await sitemapPages()).map(local)];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (crawled.has(url)) continue;
    const { page, problems } = await openPage(browser, url);
    await page.waitForLoadState('networkidle');
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
    crawled.set(url, { url, ...problems, ...found });
    await page.context().close();
    for (const ref of found.references) {
      const target = new URL(ref);
      target.hash = '';
      if (target.origin === new URL(site.url).origin && target.pathname.endsWith('/') && !crawled.has(target.href))
        queue.push(target.href);
    }
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`a build with BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL}`, () => {
  it('reaches the story, the sources page and every section page from the home page', () => {
    const paths = [...crawled.keys()].map((url) => new URL(url).pathname);
    expect(paths).toContain('/sub/');
    expect(paths).toContain('/sub/sources/');
    expect(paths.filter((p) => /^\/sub\/[a-z0-9-]+\/$/.test(p)).length).toBeGreaterThanOrEqual(8);
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
    let images = 0;
    for (const page of crawled.values()) {
      for (const url of page.absolute) {
        expect(url, page.url).toMatch(/^https:\/\/example\.org\/sub\//);
        const response = await fetch(local(url));
        expect(response.status, url).toBe(200);
        if (url.endsWith('.png')) {
          images += 1;
          expect(pngSize(new Uint8Array(await response.arrayBuffer())), url).toEqual({ width: 1200, height: 630 });
        }
      }
    }
    expect(images).toBeGreaterThanOrEqual(16);
  });

  it('lists only /sub/ pages in the sitemap, each of which exists, and robots.txt points at it', async () => {
    const robots = await (await fetch(`${site.url}robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://example.org/sub/sitemap-index.xml');
    const pages = await sitemapPages();
    expect(pages).toContain('https://example.org/sub/');
    expect(pages.length).toBeGreaterThanOrEqual(9);
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
    expect(links.length).toBeGreaterThan(7);
    for (const href of links) expect(href).toMatch(/^\/sub\//);
  });
});
