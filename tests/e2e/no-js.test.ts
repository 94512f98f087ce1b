/**
 * No-JavaScript gate: every built page with scripts disabled, at 320 and
 * 1280 px. All the text of <main> is shown (or one native click away, in a
 * <details> or a popover with its button), every chart has a drawn SVG and its
 * data table, every navigation is there with its links, and no button is left
 * that could only work with a script. Chart embed pages have no site
 * navigation: their chart and its link back to the story must be there.
 */
import { describe, expect, it } from 'vitest';
import { isEmbedPage } from '../../src/lib/site/routes.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { contentSectionSlugs, storyChartIds } from '../support/content.ts';
import { gatedPages } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';

/** The story's charts (charts.yaml). */
const CHART_IDS = storyChartIds();

const pages = gatedPages(DIST_DIR);
const site = useBuiltSite({ javaScriptEnabled: false });

/** What a page shows without scripts (runs in the page). */
function inspectWithoutScripts() {
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}>`;
  /** Hidden content a reader can still open without scripts: a closed <details>, a popover with its button. */
  const openableByHand = (el: Element) => {
    const details = el.closest('details:not([open])');
    if (details && !el.closest('summary')) return visible(details);
    const popover = el.closest('[popover]');
    if (popover?.id) {
      const invoker = document.querySelector(`[popovertarget="${CSS.escape(popover.id)}"]`);
      return invoker !== null && visible(invoker);
    }
    return false;
  };

  const main = document.querySelector('main');
  const hiddenText: string[] = [];
  let words = 0;
  if (main) {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, template')) continue;
      // Labels of controls that only work with a script, hidden until one runs; buttons are checked below.
      if (parent.closest('button, select, [role="button"]')) continue;
      // A chart draws one SVG per layout and shows the one that fits; the charts are checked below.
      if (parent.closest('svg')) continue;
      // Chinese is written without spaces: each character counts as a word here.
      if (visible(parent)) words += text.split(/\s+/).length + (text.match(/\p{Script=Han}/gu)?.length ?? 0);
      else if (!openableByHand(parent)) hiddenText.push(`${describe(parent)} "${text.slice(0, 60)}"`);
    }
  }

  const charts = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].map((figure) => {
    const drawn = [...figure.querySelectorAll('svg, img')].filter((g) => {
      const box = g.getBoundingClientRect();
      return visible(g) && box.width > 100 && box.height > 50;
    });
    return {
      id: figure.dataset.chart ?? '',
      drawn: drawn.length,
      tableRows: figure.querySelectorAll('table tbody tr').length,
      caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
    };
  });

  const navs = [...document.querySelectorAll('nav')].map((nav) => {
    const links = [...nav.querySelectorAll('a[href]')];
    return {
      name: nav.getAttribute('aria-label') ?? describe(nav),
      shown: visible(nav) || openableByHand(nav),
      links: links.length,
      unreachable: links.filter((a) => !visible(a) && !openableByHand(a)).map((a) => a.textContent?.trim() ?? ''),
    };
  });

  // A button works without scripts only if the browser gives it an action: submit, a popover or a command.
  const deadButtons = [...document.querySelectorAll('button')]
    .filter((b) => visible(b))
    .filter(
      (b) =>
        !b.hasAttribute('popovertarget') &&
        !b.hasAttribute('commandfor') &&
        !((b.type === 'submit' || b.type === 'reset') && b.form),
    )
    .map((b) => `${describe(b)} "${b.textContent?.trim()}"`);

  return {
    hasMain: main !== null && visible(main),
    mainLinks: main ? [...main.querySelectorAll('a[href]')].filter((a) => visible(a)).length : 0,
    words,
    hiddenText,
    charts,
    navs,
    deadButtons,
    sectionIds: [...document.querySelectorAll('main section.story-section')].map((s) => s.id),
  };
}

/**
 * The widths this run loads pages at: 320 and 1280 px, or those `GATE_SETTINGS` names (`320-light`: the
 * two-story run samples its pages at 320 px, whose templates this file gates at both widths on the root build).
 */
function gatedWidths(only = process.env.GATE_SETTINGS): number[] {
  if (!only) return [320, 1280];
  const widths = [...new Set(only.split(',').map((name) => Number(name.trim().split('-')[0])))];
  if (widths.some((w) => w !== 320 && w !== 1280))
    throw new Error(`GATE_SETTINGS: no-JS pages load at 320 or 1280 px, not "${only}"`);
  return widths;
}

describe.each(gatedWidths())('without JavaScript at %i px', (width) => {
  const open = async (path = '') => (await site.open(path, { viewport: { width, height: 900 } })).page;
  // Two pages of this width kept open for the file, each page a fresh load (site.pagePool).
  const pool = site.pagePool({ size: 2, viewport: { width, height: 900 } });

  // Two pages at a time (maxConcurrency in vitest.e2e.config.ts).
  it.concurrent.for(pages.map((p) => p.path))(
    '/%s shows its text, charts, tables and navigation',
    async (path, { expect }) => {
      const found = await pool.use(path, ({ page }) => page.evaluate(inspectWithoutScripts));
      expect(found.hasMain, 'a visible <main>').toBe(true);
      expect(found.words, 'words shown in <main>').toBeGreaterThan(10);
      expect(found.hiddenText, 'text in <main> hidden with no way to open it').toEqual([]);
      for (const chart of found.charts) {
        expect(chart.drawn, `${chart.id}: a drawn SVG`).toBeGreaterThanOrEqual(1);
        expect(chart.tableRows, `${chart.id}: data table rows`).toBeGreaterThan(0);
        expect(chart.caption, `${chart.id}: caption`).not.toBe('');
      }
      if (isEmbedPage(`${site.url}${path}`)) {
        expect(found.navs, 'an embed page has no site navigation').toEqual([]);
        expect(found.charts, 'an embed page shows its one chart').toHaveLength(1);
        expect(found.mainLinks, 'the link back to the story').toBeGreaterThanOrEqual(1);
      } else expect(found.navs.length, 'at least one <nav>').toBeGreaterThanOrEqual(1);
      for (const nav of found.navs) {
        expect(nav.shown, `${nav.name} is shown`).toBe(true);
        expect(nav.links, `${nav.name} has links`).toBeGreaterThan(0);
        expect(nav.unreachable, `${nav.name}: links hidden without scripts`).toEqual([]);
      }
      expect(found.deadButtons, 'buttons that need a script are hidden without one').toEqual([]);
    },
  );

  // The home page as the project's content makes it: in the root build (the two-story site's front story
  // has one more chart, tests/stories/added-chart.test.ts, and its home page is not among the pages it gates).
  it.skipIf(!pages.some((p) => p.path === ''))(
    'shows every section of the story and every chart on the home page',
    async () => {
      const page = await open();
      const found = await page.evaluate(inspectWithoutScripts);
      expect(found.sectionIds).toEqual(contentSectionSlugs());
      expect(found.sectionIds.length).toBeGreaterThan(0);
      expect(found.charts.map((c) => c.id).sort()).toEqual([...CHART_IDS].sort());
    },
  );

  it('opens each chart’s data table with a click, natively', async () => {
    const page = await open();
    const summaries = page.locator('figure[data-chart] details > summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThanOrEqual(CHART_IDS.length);
    for (let i = 0; i < count; i += 1) {
      const summary = summaries.nth(i);
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      const table = summary.locator('xpath=..').locator('table');
      expect(await table.isVisible()).toBe(true);
    }
  });
});
