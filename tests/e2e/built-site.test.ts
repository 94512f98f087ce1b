/**
 * The harness itself: `useBuiltSite` gives each test fresh contexts with the
 * file's defaults and closes them after the test even when it fails, while a
 * context opened in `beforeAll` lasts for the whole file.
 */
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite({ viewport: { width: 333, height: 444 }, javaScriptEnabled: false });
let fileContext: BrowserContext;
let failedTestContext: BrowserContext | undefined;

beforeAll(async () => {
  fileContext = await site.context();
});

describe('useBuiltSite', () => {
  it('opens pages with the file’s defaults, which a test can override', async () => {
    const { page, problems } = await site.open();
    expect(page.url()).toBe(site.url);
    expect(page.viewportSize()).toEqual({ width: 333, height: 444 });
    // The page's theme script sets data-theme; with scripts off it never runs.
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    const wide = await site.open('sources/', { viewport: { width: 1000, height: 700 } });
    expect(wide.page.url()).toBe(`${site.url}sources/`);
    expect(wide.page.viewportSize()).toEqual({ width: 1000, height: 700 });
    const scripted = await site.open('', { javaScriptEnabled: true });
    expect(await scripted.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it.fails('closes a failing test’s contexts too (this test fails on purpose)', async () => {
    failedTestContext = (await site.open()).context;
    expect(failedTestContext.pages()).toHaveLength(0);
  });

  it('has closed every context of the earlier tests, and kept the one opened for the file', async () => {
    expect(failedTestContext).toBeDefined();
    expect(site.browser.contexts()).toEqual([fileContext]);
    const page = await fileContext.newPage();
    expect(page.viewportSize()).toEqual({ width: 333, height: 444 });
  });
});
