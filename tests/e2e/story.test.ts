/** The story page in Chromium: loads cleanly and shows the content's sections in order (each `/#slug`: share.test.ts). */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { contentSectionSlugs } from '../support/content.ts';

const site = useBuiltSite();
const slugs = contentSectionSlugs();

describe('story page', () => {
  it('loads with no console error and no failed request', async () => {
    const { page, problems } = await site.open('', { waitUntil: 'networkidle' });
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
  });

  it('shows every section of content/ in order', async () => {
    const { page } = await site.open();
    const ids = await page.locator('main section.story-section').evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(slugs.length).toBeGreaterThan(0);
    expect(ids).toEqual(slugs);
  });
});
