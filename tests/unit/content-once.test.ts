/**
 * One read and one check of the content per build: the gate's read of the whole site is remembered
 * for the rest of the build, by project root, and counted (the build's own count is asserted on a
 * real build in tests/e2e/reproducible.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadSiteFromDisk } from '../../src/lib/content/content-disk.ts';
import { checkedSite, contentCounts } from '../../src/lib/content/content-once.ts';
import { siteCheckOptions } from '../../src/i18n/locales.ts';
import { ROOT } from './content-files.ts';

describe('the content read once', () => {
  it('counts one read and one run of the rules per story, and remembers the checked site for its root', () => {
    const before = { ...contentCounts() };
    const site = loadSiteFromDisk(ROOT, siteCheckOptions());
    expect(contentCounts()).toEqual({ reads: before.reads + 1, checks: before.checks + site.stories.length });
    expect(checkedSite(`${ROOT}/`)).toBe(site);
    expect(checkedSite('/somewhere/else')).toBeUndefined();
  });
});
