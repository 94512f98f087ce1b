/**
 * Chart embeds on another site, in Chromium. The build is served on
 * 127.0.0.1 with the headers its `_headers` gives each path (as Cloudflare
 * Pages reads it, and once as Netlify does); a host page on `localhost`,
 * another site, pastes the embed code each chart offers under it. Every embed
 * page of every edition is framed at 320 and 1280 px: it renders with no
 * console or CSP error, `embed.js` sizes each frame to its content (± 2 px),
 * and messages from other windows change nothing. Without the script each
 * frame keeps the published height, which fits the whole chart. Every other
 * page refuses to be framed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_MESSAGES } from '../../src/lib/publish/embed.ts';
import { isEmbedPage } from '../../src/lib/site/routes.ts';
import { attr, builtPages, builtSiteOrigin, elements, parseHtml, textOf } from '../support/crawl.ts';
import { DIST_DIR, launchBrowser } from '../support/harness.ts';
import { serveHostPages, serveWithHostHeaders, type HostedSite } from './host-headers.ts';

const pages = builtPages(DIST_DIR);
const embedPaths = pages.map((p) => p.path).filter((path) => isEmbedPage(`http://x/${path}`));
const framedPaths = pages.filter((p) => !isEmbedPage(`http://x/${p.path}`) && p.rel !== '404.html').map((p) => p.path);

/** The embed code under each chart of the built pages, by the embed page it frames (site path). */
function builtEmbedCodes(): Map<string, string> {
  const origin = builtSiteOrigin(DIST_DIR)!;
  const codes = new Map<string, string>();
  for (const page of pages) {
    for (const el of elements(parseHtml(readFileSync(page.file, 'utf8')))) {
      if (el.tagName !== 'textarea' || !attr(el, 'id')?.startsWith('embed-code-')) continue;
      const code = textOf(el);
      const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
      if (!src) throw new Error(`${page.rel}: embed code without an iframe src`);
      codes.set(new URL(src).pathname.slice(1), code.replaceAll(`${origin}/`, '{SITE}'));
    }
  }
  return codes;
}

const codes = builtEmbedCodes();
const hostPages = new Map<string, string>();
let site: HostedSite;
let host: HostedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveWithHostHeaders(DIST_DIR);
  host = await serveHostPages(hostPages);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** A host page on the other site: `body` as given, our site's address filled in. */
function hostPage(name: string, body: string, siteUrl = site.url): string {
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host: ${name}</title></head>
<body style="margin:0;padding:8px;font-family:sans-serif"><h1>A page on another site</h1>
${body.replaceAll('{SITE}', siteUrl)}
</body></html>`,
  );
  return `${host.url}${name}`;
}

/** What went wrong while a page (and its frames) ran: console errors, page errors and CSP violations. */
interface Trouble {
  console: string[];
  violations: string[];
}

/** Opens a host page in a fresh context, recording console errors and CSP violations in every frame. */
async function openHost(
  url: string,
  width: number,
): Promise<{ context: BrowserContext; page: Page; trouble: Trouble }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // In every frame, whatever its origin: CSP violations the page itself would see.
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.violatedDirective} ${event.blockedURI} on ${location.href}`),
    );
  });
  const page = await context.newPage();
  const trouble: Trouble = { console: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.console.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => trouble.console.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, trouble };
}

/** CSP violations recorded in a frame. */
function violations(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

/** The frame's content height: what the embed page reports, measured the same way. */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height);
}

/** The iframe's own height on the host page, in CSS pixels. */
async function frameHeight(iframe: ElementHandle): Promise<number> {
  return iframe.evaluate((el) => (el as Element).getBoundingClientRect().height);
}

/** Brings a lazy frame into view and waits for its embed page. */
async function loadedFrame(iframe: ElementHandle): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  let frame: Frame | null = null;
  await expect
    .poll(
      async () => {
        frame = await iframe.contentFrame();
        return frame
          ? frame
              .evaluate(() => document.readyState === 'complete' && !!document.querySelector('[data-embed]'))
              .catch(() => false)
          : false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return frame!;
}

describe('the embed code', () => {
  it('is offered under a chart for every embed page the build wrote, in every edition', () => {
    expect(embedPaths.length).toBeGreaterThanOrEqual(4);
    expect([...codes.keys()].sort()).toEqual([...embedPaths].sort());
    for (const code of codes.values()) {
      expect(code).toMatch(
        /^<iframe src="\{SITE\}[^"]*embed\/[^"]+\/" title="[^"]+" loading="lazy" style="width:100%;height:\d+px;border:0"><\/iframe>\n<script src="\{SITE\}embed\.js" async><\/script>$/,
      );
    }
  });

  it('frames pages that are noindex and left out of the sitemap', () => {
    const sitemap = readFileSync(`${DIST_DIR}/sitemap-0.xml`, 'utf8');
    expect(sitemap).toContain('<loc>');
    for (const path of embedPaths) {
      expect(sitemap, path).not.toContain(`/${path}</loc>`);
      const robots = [...elements(parseHtml(readFileSync(`${DIST_DIR}/${path}index.html`, 'utf8')))].find(
        (el) => el.tagName === 'meta' && attr(el, 'name') === 'robots',
      );
      expect(robots && attr(robots, 'content'), path).toBe('noindex');
    }
  });

  it('loads a script of at most 1 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const script = readFileSync(`${DIST_DIR}/embed.js`);
    console.info(`embed: embed.js ${script.byteLength} bytes, ${gzipSync(script, { level: 9 }).byteLength} gzip`);
    expect(gzipSync(script, { level: 9 }).byteLength).toBeLessThanOrEqual(1024);
  });
});

describe.each([320, 1280])('on another site at %i px, with embed.js', (width) => {
  let context: BrowserContext;
  let page: Page;
  let trouble: Trouble;
  let iframes: ElementHandle[];
  const intruder = `<iframe id="intruder" title="Another frame" src="/intruder" style="width:200px;height:40px;border:0"></iframe>`;

  beforeAll(async () => {
    hostPages.set('/intruder', '<!doctype html><title>intruder</title><p>Another frame on the host’s site.</p>');
    const body = `${embedPaths.map((path) => codes.get(path)!).join('\n<p>Text between the charts.</p>\n')}\n${intruder}`;
    ({ context, page, trouble } = await openHost(hostPage(`with-script-${width}`, body), width));
    iframes = await page.$$('iframe[src*="/embed/"]');
  });
  afterAll(async () => {
    await context?.close();
  });

  it('frames every embed page, each sized to its content by embed.js, with no console or CSP error', async () => {
    expect(iframes).toHaveLength(embedPaths.length);
    for (const iframe of iframes) {
      const frame = await loadedFrame(iframe);
      const src = await iframe.getAttribute('src');
      await expect
        .poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))), {
          timeout: 10_000,
          message: `${src} sized to its content`,
        })
        .toBeLessThanOrEqual(2);
      const inside = await frame.evaluate(() => ({
        title: document.querySelector('h1')?.textContent ?? '',
        svgs: document.querySelectorAll('svg text').length,
        overflow: document.documentElement.scrollHeight - innerHeight,
        wide: document.documentElement.scrollWidth - innerWidth,
      }));
      expect(inside.title, `${src}: the chart's title`).not.toBe('');
      expect(inside.svgs, `${src}: the drawing's labels`).toBeGreaterThan(0);
      expect(inside.overflow, `${src}: nothing left to scroll inside the frame`).toBeLessThanOrEqual(1);
      expect(inside.wide, `${src}: no sideways scroll`).toBeLessThanOrEqual(0);
      expect(await violations(frame), `${src}: CSP violations`).toEqual([]);
      console.info(`embed: ${src} at ${width} px: ${Math.round(await frameHeight(iframe))} px tall`);
    }
    expect(await violations(page.mainFrame())).toEqual([]);
    expect(trouble.console).toEqual([]);
  });

  it('resizes a frame when its content grows (the data table opened)', async () => {
    const iframe = iframes[0]!;
    const frame = await loadedFrame(iframe);
    const before = await frameHeight(iframe);
    await frame.locator('details.chart-data > summary').click();
    await expect.poll(() => frameHeight(iframe), { timeout: 10_000 }).toBeGreaterThan(before + 50);
    await expect
      .poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    await frame.locator('details.chart-data > summary').click();
    await expect.poll(() => frameHeight(iframe), { timeout: 10_000 }).toBeLessThan(before + 3);
  });

  it('ignores a height message from any window but the frame’s own, and from any site but ours', async () => {
    const before = await Promise.all(iframes.map(frameHeight));
    const message = { type: EMBED_MESSAGES.height, height: 37 };
    // The host page itself, and a frame of the host's site, say "37 px".
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    const intruderFrame = (await (await page.$('#intruder'))!.contentFrame())!;
    await intruderFrame.evaluate((m) => window.parent.postMessage(m, '*'), message);
    // One of our embeds says "37 px" about itself: only its own frame may change.
    const first = await loadedFrame(iframes[0]!);
    await first.evaluate((m) => window.parent.postMessage(m, '*'), message);
    await expect.poll(() => frameHeight(iframes[0]!), { timeout: 5000 }).toBe(37);
    await page.waitForTimeout(300);
    const after = await Promise.all(iframes.map(frameHeight));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(await page.$eval('#intruder', (el) => el.getBoundingClientRect().height)).toBe(40);
  });
});

describe.each([320, 1280])('on another site at %i px, without the script', (width) => {
  it('shows each whole chart at the published height', async () => {
    const body = embedPaths.map((path) => codes.get(path)!.split('\n')[0]).join('\n');
    const { context, page, trouble } = await openHost(hostPage(`no-script-${width}`, body), width);
    try {
      for (const iframe of await page.$$('iframe')) {
        const frame = await loadedFrame(iframe);
        const src = await iframe.getAttribute('src');
        const published = Number(/height:(\d+)px/.exec((await iframe.getAttribute('style')) ?? '')?.[1]);
        expect(await frameHeight(iframe), src!).toBe(published);
        const needed = await contentHeight(frame);
        console.info(`embed: ${src} at ${width} px needs ${Math.ceil(needed)} of its ${published} px`);
        expect(needed, `${src}: fits the published height`).toBeLessThanOrEqual(published);
        // Not wildly taller than needed at a phone's width, where the estimate matters most.
        if (width === 320) expect(published - needed, `${src}: spare height`).toBeLessThan(published * 0.3);
      }
      expect(trouble.console).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('every other page', () => {
  it('refuses to be framed by another site, while an embed page on the same host page is shown', async () => {
    const body = [...framedPaths, embedPaths[0]!]
      .map((path) => `<iframe src="{SITE}${path}" title="${path || 'home'}" style="width:300px;height:200px"></iframe>`)
      .join('\n');
    const { context, page, trouble } = await openHost(hostPage('frames-pages', body), 1280);
    try {
      await page.waitForLoadState('load');
      const frames = await page.$$('iframe');
      expect(frames).toHaveLength(framedPaths.length + 1);
      const refused: string[] = [];
      for (const [i, iframe] of frames.entries()) {
        const frame = await iframe.contentFrame();
        const shown = await frame?.evaluate(() => document.querySelector('main') !== null).catch(() => false);
        if (!shown) refused.push(i < framedPaths.length ? framedPaths[i]! : `embed ${embedPaths[0]}`);
      }
      expect(refused.sort()).toEqual([...framedPaths].sort());
      // Chromium says why, once per refused page.
      expect(trouble.console.filter((m) => /frame-ancestors/.test(m))).toHaveLength(framedPaths.length);
    } finally {
      await context.close();
    }
  });

  it('is refused, and an embed page shown, under Netlify’s reading of _headers too', async () => {
    const netlify = await serveWithHostHeaders(DIST_DIR, 'netlify');
    try {
      const body = ['', embedPaths[0]!]
        .map(
          (path) => `<iframe src="{SITE}${path}" title="${path || 'home'}" style="width:300px;height:200px"></iframe>`,
        )
        .join('\n');
      const { context, page } = await openHost(hostPage('netlify', body, netlify.url), 1280);
      try {
        const [story, embed] = await page.$$('iframe');
        const shows = async (iframe: ElementHandle) =>
          (await iframe.contentFrame())?.evaluate(() => document.querySelector('main') !== null).catch(() => false);
        await expect.poll(() => shows(embed!), { timeout: 10_000 }).toBe(true);
        expect(await shows(story!)).toBeFalsy();
      } finally {
        await context.close();
      }
    } finally {
      await netlify.close();
    }
  });
});
