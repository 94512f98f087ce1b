/**
 * Byte budgets, measured as Chromium loads the built pages (bytes are
 * deterministic for a build; times are never asserted):
 * - the home page loads at most 60 KB gzip in all, and at most 4 KB gzip of JavaScript;
 * - the HTML and CSS that draw its first screen fit in 14 KB gzip (one round trip),
 *   on a phone (412×823) and a desktop (1280×800);
 * - the home page requests nothing from another origin, and no page references one as a subresource
 *   (every page's requests are checked on the gates' loads, a11y.test.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { gatedPages, builtSiteOrigin, pageReferences, parseHtml } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';
import { firstScreen, kb, weighPage, type PageWeight } from '../support/page-weight.ts';

const KB = 1024;
const BUDGET = { homeTotalGzip: 60 * KB, homeJsGzip: 4 * KB, firstScreenGzip: 14 * KB };

const pages = gatedPages(DIST_DIR);
const site = useBuiltSite();
let home: PageWeight;

beforeAll(async () => {
  home = await weighPage(site.browser, site.url);
});

describe('home page budgets', () => {
  it(`loads at most ${BUDGET.homeTotalGzip / KB} KB gzip in all`, () => {
    console.info(
      `budgets: home page ${home.resources.length} requests, ${kb(home.total.gzip)} KB gzip ` +
        `(${kb(home.total.raw)} KB raw, ${kb(home.total.brotli)} KB brotli)`,
    );
    expect(home.resources.some((r) => r.kind === 'html')).toBe(true);
    expect(home.total.gzip).toBeLessThanOrEqual(BUDGET.homeTotalGzip);
  });

  it(`runs at most ${BUDGET.homeJsGzip / KB} KB gzip of JavaScript, files and inline scripts together`, () => {
    console.info(
      `budgets: home page JavaScript ${kb(home.javascript.gzip)} KB gzip ` +
        `(${kb(home.inlineJavascript.gzip)} KB of it inline, ${home.resources.filter((r) => r.kind === 'js').length} files)`,
    );
    expect(home.javascript.gzip).toBeLessThanOrEqual(BUDGET.homeJsGzip);
  });

  it.each([
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ])(`draws the first screen at $width×$height with at most 14 KB gzip of HTML and CSS`, async (viewport) => {
    const screen = await firstScreen(site.browser, site.url, viewport);
    console.info(
      `budgets: first screen at ${viewport.width}×${viewport.height}: ${kb(screen.htmlBytes)} KB of HTML ` +
        `(up to ${screen.cutAt}) = ${kb(screen.html.gzip)} KB gzip, + ${kb(screen.css.gzip)} KB gzip CSS = ` +
        `${kb(screen.total.gzip)} KB gzip`,
    );
    expect(screen.htmlBytes).toBeGreaterThan(0);
    expect(screen.total.gzip).toBeLessThanOrEqual(BUDGET.firstScreenGzip);
  });
});

// What every page requests from other origins as it loads is checked on the gates' own loads of every
// page (a11y.test.ts, at 320 and 1280 px); here, the home page as weighed, and every page's HTML.
describe('third parties', () => {
  it('the home page requests nothing from another origin', () => {
    expect(home.resources.length).toBeGreaterThan(0);
    expect(home.thirdParty).toEqual([]);
  });

  it('no page references a subresource on another origin, even one loaded later', () => {
    const siteOrigin = builtSiteOrigin(DIST_DIR);
    const offenders: string[] = [];
    for (const page of pages) {
      for (const ref of pageReferences(parseHtml(readFileSync(page.file, 'utf8')))) {
        if (!ref.subresource || /^(data|blob):/i.test(ref.url)) continue;
        const url = new URL(ref.url, 'http://built.invalid/');
        if (url.origin !== 'http://built.invalid' && url.origin !== siteOrigin)
          offenders.push(`${page.rel}: ${ref.from} ${ref.url}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
