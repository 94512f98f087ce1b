/**
 * Sharing in Chromium: Copy link (Clipboard API and the select-the-URL
 * fallback), the Share button only where `navigator.share` exists, sections
 * opened from `/#slug` and `/{slug}/`, every page's share tags and images,
 * and the CSP letting every script run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/publish/og-image.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { builtCanonical } from '../support/built.ts';
import { contentSectionSlugs, storyContent } from '../support/content.ts';
import { DIST_DIR } from '../support/harness.ts';

const site = useBuiltSite();
const slugs = contentSectionSlugs();

/** The `content` of a meta tag, by property or name. */
function metaContent(page: Page, key: string): Promise<string | null> {
  return page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .first()
    .getAttribute('content', { timeout: 1000 })
    .catch(() => null);
}

/** Maps an absolute URL of the configured site onto the local test server. */
function local(absolute: string, home: string): string {
  const origin = new URL(home);
  return new URL(new URL(absolute).pathname, origin).href;
}

describe('Copy link', () => {
  it('puts the section’s share URL on the clipboard, by keyboard, and announces it', async () => {
    const slug = slugs.at(-1)!;
    const { page, problems } = await site.open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator(`#${slug} [data-copy]`);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator(`#${slug} [data-status]`);
    await expect.poll(() => status.textContent()).toBe('Link copied');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(builtCanonical(`${slug}/`));
    expect(copied).toMatch(new RegExp(`/${slug}/$`));
    expect(problems.consoleErrors).toEqual([]);
  });

  it('selects the URL for copying by hand when the Clipboard API is missing', async () => {
    const slug = slugs[0]!;
    const { page } = await site.open('', {
      prepare: (context) =>
        context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined })),
    });
    await page.locator(`#${slug} [data-copy]`).click();
    const field = page.locator(`#${slug} [data-url-field]`);
    await expect.poll(() => field.isVisible()).toBe(true);
    const selection = await field.evaluate((el: HTMLInputElement) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    }));
    expect(selection).toEqual({ focused: true, selected: builtCanonical(`${slug}/`) });
    await expect.poll(() => page.locator(`#${slug} [data-status]`).textContent()).toMatch(/Link selected/);
  });
});

describe('Share button', () => {
  it('is absent where the browser has no Web Share API', async () => {
    const { page } = await site.open('', {
      prepare: (context) =>
        context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined })),
    });
    await expect.poll(() => page.locator('[data-copy]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-share]:visible').count()).toBe(0);
  });

  it('opens the share sheet with the section’s title and URL where it exists', async () => {
    const slug = slugs[1]!;
    const { page } = await site.open('', {
      prepare: (context) =>
        context.addInitScript(() => {
          Object.defineProperty(navigator, 'share', {
            value: async (data: ShareData) => {
              (window as unknown as { shared: ShareData }).shared = data;
            },
          });
        }),
    });
    const button = page.locator(`#${slug} [data-share]`);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Space');
    const shared = await page.waitForFunction(() => (window as unknown as { shared?: ShareData }).shared);
    const data = (await shared.jsonValue()) as ShareData;
    expect(data.url).toBe(builtCanonical(`${slug}/`));
    expect(data.title).toBe(await page.locator(`#${slug}-title`).textContent());
  });

  it('has touch targets of at least 24×24 px and a visible focus ring', async () => {
    const { page } = await site.open('', { viewport: { width: 360, height: 740 } });
    const slug = slugs[0]!;
    await expect.poll(() => page.locator(`#${slug} [data-copy]`).isVisible()).toBe(true);
    for (const selector of ['.permalink', '[data-copy]']) {
      const box = await page.locator(`#${slug} ${selector}`).boundingBox();
      expect(box?.width, selector).toBeGreaterThanOrEqual(24);
      expect(box?.height, selector).toBeGreaterThanOrEqual(24);
    }
    await page.locator(`#${slug} [data-copy]`).focus();
    const outline = await page
      .locator(`#${slug} [data-copy]`)
      .evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).not.toMatch(/^none|0px$/);
  });
});

describe('opening a section from a link', () => {
  it.each(slugs)('%s: /#slug opens on the section on a phone', async (slug) => {
    const { page } = await site.open(`#${slug}`, { viewport: { width: 360, height: 740 } });
    const heading = page.locator(`#${slug} h2`).first();
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it.each(slugs)('%s: /#slug highlights the section and /slug/ shows it on its own page', async (slug) => {
    const story = await site.open(`#${slug}`, { viewport: { width: 1280, height: 800 } });
    const heading = story.page.locator(`#${slug}-title`);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await story.page.locator(`#${slug}`).evaluate((el) => el.matches(':target'))).toBe(true);
    const title = (await heading.textContent())?.trim();
    const permalink = await story.page.locator(`#${slug} .permalink`).getAttribute('href');
    expect(permalink).toBe(`#${slug}`);

    const own = await site.open(`${slug}/`);
    expect((await own.page.locator('h1').first().textContent())?.trim()).toBe(title);
    expect(await own.page.locator(`section#${slug}`).count()).toBe(1);
    const back = own.page.getByRole('link', { name: 'Read this section in the full story' });
    expect(new URL((await back.getAttribute('href')) ?? '', own.page.url()).href).toBe(`${site.url}#${slug}`);
    const index = slugs.indexOf(slug);
    expect(await own.page.locator('a[rel="prev"]').count()).toBe(index > 0 ? 1 : 0);
    expect(await own.page.locator('a[rel="next"]').count()).toBe(index < slugs.length - 1 ? 1 : 0);
    if (index > 0)
      expect(await own.page.locator('a[rel="prev"]').getAttribute('href')).toMatch(
        new RegExp(`/${slugs[index - 1]}/$`),
      );
    expect(own.problems).toEqual({ consoleErrors: [], failedRequests: [] });
  });
});

describe('share tags', () => {
  const pages = [{ path: '', type: 'story' }, ...slugs.map((slug) => ({ path: `${slug}/`, type: slug }))];

  it.each(pages)(
    '/$path has its title, description, canonical URL, Open Graph, Twitter and JSON-LD',
    async ({ path }) => {
      const { page } = await site.open(path);
      const canonical = builtCanonical(path);
      expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
      expect(new URL(canonical).pathname).toBe(new URL(`${site.url}${path}`).pathname);
      const title = await page.title();
      const description = await metaContent(page, 'description');
      expect(description?.length).toBeGreaterThan(20);
      expect(await metaContent(page, 'og:description')).toBe(description);
      expect(await metaContent(page, 'twitter:description')).toBe(description);
      const ogTitle = await metaContent(page, 'og:title');
      expect(title.startsWith(ogTitle!)).toBe(true);
      if (path) expect(ogTitle).toBe((await page.locator('h1').first().textContent())?.trim());
      expect(await metaContent(page, 'og:type')).toBe('article');
      expect(await metaContent(page, 'og:url')).toBe(canonical);
      expect(await metaContent(page, 'og:site_name')).toBeTruthy();
      expect(await metaContent(page, 'og:image:width')).toBe('1200');
      expect(await metaContent(page, 'og:image:height')).toBe('630');
      expect((await metaContent(page, 'og:image:alt'))?.length).toBeGreaterThan(10);
      expect(await metaContent(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');

      const image = await metaContent(page, 'og:image');
      expect(image).toMatch(/^https?:\/\/.+\/og\/[a-z0-9-]+\.png$/);
      expect(await metaContent(page, 'twitter:image')).toBe(image);
      const response = await page.request.get(local(image!, site.url));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      const { source } = storyContent().story.data;
      // The footer names the report it is based on, with the same address as the JSON-LD.
      expect(await page.locator(`footer a[href="${source.url}"]`).count()).toBeGreaterThan(0);
      expect(jsonLd).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: ogTitle,
        url: canonical,
        isBasedOn: { '@type': 'NewsArticle', url: source.url, datePublished: source.published },
      });
      // The report carries no date of its own: nothing claims a date it was written.
      expect(jsonLd.isBasedOn).not.toHaveProperty('dateCreated');
      expect(jsonLd.datePublished).toBe(await metaContent(page, 'article:published_time'));
      expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}/);
    },
  );

  it('gives every section its own share image', () => {
    const images = slugs.map((slug) => readFileSync(join(DIST_DIR, 'og', `${slug}.png`)));
    for (const png of images) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(new Set(images.map((png) => png.toString('base64'))).size).toBe(slugs.length);
  });

  it('links each quotation with a text fragment that opens the section page', async () => {
    const { page } = await site.open();
    const links = await page
      .locator('.story-text blockquote .quote-share a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(await page.locator('.story-text blockquote').count());
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/\/[a-z0-9-]+\/#:~:text=[^#]+$/);
  });
});

describe('security and crawling files', () => {
  it('runs every script under the CSP, which allows no inline script it has not hashed', async () => {
    for (const path of ['', `${slugs[0]}/`, 'sources/']) {
      const { page, problems } = await site.open(path, { waitUntil: 'networkidle' });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = /script-src([^;]*)/.exec(csp ?? '')?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(problems.consoleErrors, path).toEqual([]);
    }
  });

  it('ships _headers with a CSP, Referrer-Policy, X-Content-Type-Options and Permissions-Policy', () => {
    const headers = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(/script-src[^;]*/.exec(csp)?.[0]).not.toContain('unsafe-inline');
    expect(headers).not.toContain("'inline-script-hashes'");
    expect(headers).toMatch(/Referrer-Policy: \S+/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Permissions-Policy: .+/);
  });

  it('points robots.txt at the absolute sitemap URL', () => {
    const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
    const origin = new URL(builtCanonical('')).href;
    expect(robots).toContain(`Sitemap: ${origin}sitemap-index.xml`);
  });
});
