/**
 * Cross-engine smoke pass: every built page (each index.html under dist/) in
 * Firefox ESR and WebKitGTK, served with the headers `_headers` asks for (so
 * the CSP applies from the first byte): scripts on in the light theme, scripts
 * on in the dark system theme, and scripts off (dark system theme). On each
 * page: no script error, CSP violation or failed load; every heading of <main>
 * shown and legible; every chart's SVG drawn with its text labels inside it;
 * no sideways scroll at 320 and 360 px (scrollWidth against clientWidth, so a
 * classic scrollbar counts). With scripts on: the theme toggle, Copy link, and
 * `/#slug` landing on its section. One browser launch per engine and mode,
 * reused across pages.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmbedPage } from '../../src/lib/site/routes.ts';
import { useStaticSite } from '../support/built-site.ts';
import { builtCanonical, builtSectionSlugs, hostHeaders } from '../support/built.ts';
import { builtPages, elements, parseHtml } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';
import { ENGINES, launchEngine, PROBE_PATH, PROBE_SCRIPT, type EnginePage, type LaunchOptions } from './engines.ts';
import { inspectPage, sectionPosition } from './page-checks.ts';

/** One built page and what its HTML promises: charts to draw and sections to show. */
interface BuiltPage {
  path: string;
  name: string;
  figures: number;
  sections: string[];
}

const slugs = builtSectionSlugs();
// Every English page; of the other editions (the same templates and styles), the story, one section, the
// sources and an embed page, which keeps the two engines' pass in bounds.
const EDITION_SAMPLE =
  /^(de|zh)\/(index\.html|bmw-shenyang\/index\.html|sources\/index\.html|embed\/bmw-investment\/index\.html)$/;
const pages: BuiltPage[] = builtPages(DIST_DIR)
  .filter((page) => page.rel === 'index.html' || page.rel.endsWith('/index.html'))
  .filter((page) => !/^(de|zh)\//.test(page.rel) || EDITION_SAMPLE.test(page.rel))
  .map((page) => {
    const doc = parseHtml(readFileSync(page.file, 'utf8'));
    const all = [...elements(doc)];
    const figures = all.filter((el) => el.tagName === 'figure' && [...elements(el)].some((c) => c.tagName === 'svg'));
    const slug = page.path.replace(/\/$/, '');
    return {
      path: page.path,
      name: `/${page.path}`,
      figures: figures.length,
      sections: page.path === '' ? slugs : slugs.includes(slug) ? [slug] : [],
    };
  });

/** Requests the test server answered with 404, since the last page was opened. */
const misses: string[] = [];

// The headers `_headers` asks a host to send with every page, so the CSP applies from the first byte.
const site = useStaticSite({
  serve: {
    inject: { path: PROBE_PATH, script: PROBE_SCRIPT },
    onMiss: (url) => misses.push(url),
    headers: hostHeaders(),
  },
});

/** Relative luminance of a computed `rgb()` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Every page at every width, widest last so the window is resized as little as possible. */
function cases(widths: number[]) {
  return widths.flatMap((width) => pages.map((page) => ({ ...page, width })));
}

/** Opens a page at a width and checks it loads cleanly and shows everything it should. */
async function smoke(
  browser: EnginePage,
  { path, width, figures, sections }: BuiltPage & { width: number },
  mode: Required<LaunchOptions>,
) {
  await browser.setViewport(width, 800);
  misses.length = 0;
  await browser.goto(`${site.url}${path}`);
  const report = await inspectPage(browser);
  const problems = await browser.problems();

  expect(problems ?? [], 'script errors, CSP violations and failed loads').toEqual([]);
  if (mode.javaScript) expect(problems, 'the probe ran').not.toBeNull();
  expect(misses, 'requests answered 404').toEqual([]);

  expect(report.overflowing, 'elements sticking out sideways').toEqual([]);
  expect(report.scrollWidth, 'document scroll width').toBeLessThanOrEqual(report.clientWidth);

  expect(report.hiddenHeadings, 'headings not shown').toEqual([]);
  expect(report.headings, 'headings shown').toBeGreaterThan(0);
  for (const id of sections) expect(report.sections, 'sections on the page').toContain(id);

  expect(report.charts.length, 'figures with an SVG').toBe(figures);
  for (const chart of report.charts) {
    expect(chart.visibleSvgs, `${chart.id}: SVGs drawn`).toBeGreaterThanOrEqual(1);
    expect(chart.labels, `${chart.id}: text labels`).toBeGreaterThan(0);
    expect(chart.badLabels, `${chart.id}: labels not legible`).toEqual([]);
  }

  // Chart embed pages have no theme script: the reader's system setting alone picks the palette.
  const themed = mode.javaScript && !isEmbedPage(`${site.url}${path}`);
  expect(report.theme, 'data-theme').toBe(themed ? (mode.dark ? 'dark' : 'light') : null);
  if (mode.dark) expect(luminance(report.background), `dark background ${report.background}`).toBeLessThan(0.1);
  else expect(luminance(report.background), `light background ${report.background}`).toBeGreaterThan(0.8);
}

/** Buttons a reader can see that do nothing without a script (runs in the page). */
function deadButtons(): string[] {
  return [...document.querySelectorAll('button')]
    .filter((b) => b.checkVisibility())
    .filter((b) => !b.hasAttribute('popovertarget') && !b.hasAttribute('commandfor'))
    .filter((b) => !((b.type === 'submit' || b.type === 'reset') && b.form))
    .map((b) => b.outerHTML.slice(0, 80));
}

/** Whether the first element matching `selector` is shown (runs in the page). */
function isShown(selector: string): boolean {
  return document.querySelector(selector)?.checkVisibility() ?? false;
}

/** The theme toggle's state and what the page shows (runs in the page). */
function themeState() {
  const toggle = document.querySelector<HTMLElement>('[data-theme-toggle]');
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    stored = 'storage blocked';
  }
  return {
    theme: document.documentElement.dataset.theme ?? null,
    shown: toggle?.checkVisibility() ?? false,
    pressed: toggle?.getAttribute('aria-pressed') ?? null,
    stored,
    background: getComputedStyle(document.documentElement).backgroundColor,
  };
}

describe.each(ENGINES)('%s', (engine) => {
  describe('light theme, scripts on', () => {
    const mode = { dark: false, javaScript: true };
    let browser: EnginePage;
    beforeAll(async () => {
      browser = await launchEngine(engine, mode);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(cases([320, 360, 1280]))('$name at $width px', (page) => smoke(browser, page, mode));

    it('switches to the dark theme with the toggle, remembers it on another page, and back', async () => {
      await browser.setViewport(1280, 800);
      await browser.goto(site.url);
      await expect
        .poll(() => browser.evaluate(themeState), { timeout: 5000 })
        .toMatchObject({ theme: 'light', shown: true, pressed: 'false', stored: null });
      const light = await browser.evaluate(themeState);

      await browser.click('[data-theme-toggle]');
      const dark = await browser.evaluate(themeState);
      expect(dark).toMatchObject({ theme: 'dark', pressed: 'true', stored: 'dark' });
      expect(luminance(dark.background)).toBeLessThan(0.1);

      await browser.goto(`${site.url}sources/`);
      await expect
        .poll(() => browser.evaluate(themeState), { timeout: 5000 })
        .toMatchObject({ theme: 'dark', pressed: 'true', shown: true });
      await browser.click('[data-theme-toggle]');
      const back = await browser.evaluate(themeState);
      expect(back).toMatchObject({ theme: 'light', pressed: 'false', stored: 'light', background: light.background });
      expect(await browser.problems()).toEqual([]);
      await browser.evaluate(() => localStorage.removeItem('theme'));
    });

    it('copies a section’s share link to the clipboard with Copy link', async () => {
      const slug = slugs[0]!;
      await browser.setViewport(1280, 800);
      await browser.goto(site.url);
      const button = `#${slug} [data-copy]`;
      await expect.poll(() => browser.evaluate(isShown, button), { timeout: 5000 }).toBe(true);
      await browser.click(button);
      const status = (id: string) => document.querySelector(`#${id} [data-status]`)?.textContent ?? null;
      await expect.poll(() => browser.evaluate(status, slug), { timeout: 5000 }).toBe('Link copied');
      // Paste into a field of our own: what a reader would get.
      await browser.evaluate(() => {
        const field = document.createElement('textarea');
        field.id = 'paste-target';
        document.body.prepend(field);
        field.focus();
      });
      await browser.paste();
      const pasted = () => (document.getElementById('paste-target') as HTMLTextAreaElement).value;
      await expect.poll(() => browser.evaluate(pasted), { timeout: 5000 }).toBe(builtCanonical(`${slug}/`));
      expect(await browser.problems()).toEqual([]);
    });

    it.each(slugs)('opens /#%s on its section', async (slug) => {
      await browser.setViewport(360, 740);
      await browser.goto('about:blank');
      await browser.goto(`${site.url}#${slug}`);
      const landed = (p: ReturnType<typeof sectionPosition>) =>
        p.found && p.targeted && p.top >= -1 && (p.top <= 120 || (p.atBottom && p.top < p.viewportHeight));
      await expect.poll(() => browser.evaluate(sectionPosition, slug), { timeout: 5000 }).toSatisfy(landed);
      expect(await browser.problems()).toEqual([]);
    });
  });

  describe('dark system theme, scripts on', () => {
    const mode = { dark: true, javaScript: true };
    let browser: EnginePage;
    beforeAll(async () => {
      browser = await launchEngine(engine, mode);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(cases([360, 1280]))('$name at $width px', (page) => smoke(browser, page, mode));
  });

  // In the dark system theme, so the palette that applies without the theme script is checked too.
  describe('scripts off, dark system theme', () => {
    const mode = { dark: true, javaScript: false };
    let browser: EnginePage;
    beforeAll(async () => {
      browser = await launchEngine(engine, mode);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(cases([320, 1280]))('$name at $width px', async (page) => {
      await smoke(browser, page, mode);
      expect(await browser.evaluate(deadButtons), 'buttons that need a script').toEqual([]);
    });
  });
});
