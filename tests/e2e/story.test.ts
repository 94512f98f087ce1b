/** The story page in Chromium: loads cleanly, shows the content's sections in order, and each opens from its link. */
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

  it.each(slugs)('opens /#%s with that section heading in view', async (slug) => {
    const { page } = await site.open(`#${slug}`, { viewport: { width: 360, height: 740 } });
    const heading = page.locator(`#${slug} h2`).first();
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });
});
