/** The story page in Chromium: loads cleanly, and every section opens from its link. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';
import { builtSectionSlugs } from './built.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('story page', () => {
  it('loads with no console error and no failed request', async () => {
    const { page, problems } = await openPage(browser, site.url);
    await page.waitForLoadState('networkidle');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.context().close();
  });

  it('shows all seven sections in order', async () => {
    const { page } = await openPage(browser, site.url);
    const ids = await page.locator('main section.story-section').evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(ids).toEqual(builtSectionSlugs());
    expect(ids).toHaveLength(7);
    await page.context().close();
  });

  it.each(builtSectionSlugs())('opens /#%s with that section heading in view', async (slug) => {
    const { page } = await openPage(browser, `${site.url}#${slug}`, { viewport: { width: 360, height: 740 } });
    const heading = page.locator(`#${slug} h2`).first();
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});
