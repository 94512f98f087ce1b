/**
 * The story's charts (every id of its charts.yaml) in Chromium against the built site: complete without
 * JavaScript, legible from 320 px (no text under 12 px, no labels overlapping),
 * readable in light and dark, and each CSV download matching facts.json.
 * Screenshots of every chart at 360 and 1280 px, light and dark, go to screenshots/.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { csvParse } from 'd3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFacts } from '../support/built.ts';
import { DIST_DIR, ROOT } from '../support/harness.ts';
import { storyChartIds } from '../support/content.ts';

/** The story's charts (charts.yaml). */
const CHART_IDS = storyChartIds();

const SCREENSHOTS = join(ROOT, 'screenshots');
const site = useBuiltSite({ javaScriptEnabled: false, colorScheme: 'light' });

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** Opens the story page with JavaScript off. */
async function storyPage(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  return (await site.open('', { viewport: { width, height: 900 }, colorScheme })).page;
}

/** Text boxes of the SVG a reader sees for a chart, in CSS pixels, with rendered font sizes. */
function visibleTexts(page: Page, id: string) {
  return page.locator(`figure[data-chart="${id}"]`).evaluate((figure) => {
    const svgs = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    return {
      visibleSvgs: svgs.length,
      svg: svgs[0]?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      texts: svgs.flatMap((svg) =>
        [...svg.querySelectorAll('text')].map((text) => {
          const fontSize = parseFloat(getComputedStyle(text).fontSize);
          const scale = text.getScreenCTM()?.a ?? 0;
          const box = text.getBoundingClientRect();
          return { text: text.textContent ?? '', px: fontSize * scale, box: box.toJSON() as DOMRect };
        }),
      ),
    };
  });
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('charts without JavaScript', () => {
  it.each([320, 360, 768, 1280, 1440])('at %i px each chart shows one SVG with its table in the DOM', async (width) => {
    const page = await storyPage(width);
    for (const id of CHART_IDS) {
      const figure = page.locator(`figure[data-chart="${id}"]`);
      await expect.soft(figure.count(), id).resolves.toBe(1);
      const { visibleSvgs, svg } = await visibleTexts(page, id);
      // One drawing per chart, scaled by its viewBox: nothing hidden for another width.
      await expect.soft(figure.locator('svg').count(), `${id}: one SVG in the figure`).resolves.toBe(1);
      expect(visibleSvgs, `${id}: the SVG is visible`).toBe(1);
      expect(svg!.width, `${id}: svg has width`).toBeGreaterThan(200);
      expect(svg!.height, `${id}: svg has height`).toBeGreaterThan(80);
      expect(svg!.left, `${id}: svg starts on screen`).toBeGreaterThanOrEqual(0);
      expect(svg!.right, `${id}: svg ends on screen`).toBeLessThanOrEqual(width);
      // The table is in the HTML even with <details> closed.
      const rows = await figure.locator('details.chart-data table tbody tr').count();
      expect(rows, `${id}: table rows`).toBeGreaterThan(1);
      await expect.soft(figure.locator('figcaption').textContent()).resolves.toMatch(/\w+.*\./);
      await expect.soft(figure.locator('.chart-source').textContent()).resolves.toMatch(/^Source: report ¶\d+/);
    }
  });

  it('names and describes every SVG', async () => {
    const page = await storyPage(1280);
    const svgs = await page.locator('figure[data-chart] svg').evaluateAll((nodes) =>
      nodes.map((svg) => ({
        role: svg.getAttribute('role'),
        title: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        titleInside: svg.querySelector('title')?.id === svg.getAttribute('aria-labelledby'),
        desc: document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      })),
    );
    expect(svgs).toHaveLength(CHART_IDS.length);
    for (const svg of svgs) {
      expect(svg.role).toBe('img');
      expect(svg.titleInside).toBe(true);
      expect(svg.title.length).toBeGreaterThan(5);
      expect(svg.desc.length).toBeGreaterThan(40);
    }
  });

  it.each(['light', 'dark'] as const)(
    'passes axe (WCAG 2.1 AA) on every chart with its table open, in %s',
    async (scheme) => {
      // axe runs as a script in the page, so this test keeps JavaScript on; the charts themselves use none.
      const { page } = await site.open('', {
        javaScriptEnabled: true,
        viewport: { width: 360, height: 900 },
        colorScheme: scheme,
      });
      await page
        .locator('figure[data-chart] details')
        .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      const results = await new AxeBuilder({ page })
        // Before withTags/include, which add to these options (options() replaces them).
        .options({ resultTypes: ['violations'] })
        .include('figure[data-chart]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // In the page itself, as in a11y.test.ts (the story page has no frames; a11y.test.ts checks).
        .setLegacyMode()
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    },
  );

  it('opens "Show data" without JavaScript and shows the table', async () => {
    const page = await storyPage(360);
    const figure = page.locator(`figure[data-chart="${CHART_IDS[0]}"]`);
    await figure.locator('summary').click();
    await expect.poll(() => figure.locator('table').isVisible()).toBe(true);
  });
});

describe('legibility', () => {
  it.each([320, 360, 768, 1280, 1440])('at %i px no chart text renders under 12 px', async (width) => {
    const page = await storyPage(width);
    for (const id of CHART_IDS) {
      const { texts } = await visibleTexts(page, id);
      expect(texts.length, id).toBeGreaterThan(2);
      const small = texts.filter((t) => t.px < 12).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      expect(small, `${id} at ${width}px`).toEqual([]);
    }
  });

  it.each([320, 1280])('at %i px no two labels overlap and none leaves its chart', async (width) => {
    const page = await storyPage(width);
    for (const id of CHART_IDS) {
      const { texts, svg } = await visibleTexts(page, id);
      const clashes: string[] = [];
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`"${a.text}" × "${b.text}"`);
      });
      expect(clashes, `${id} at ${width}px`).toEqual([]);
      const outside = texts.filter((t) => t.box.left < svg!.left - 1 || t.box.right > svg!.right + 1);
      expect(
        outside.map((t) => t.text),
        `${id} at ${width}px`,
      ).toEqual([]);
    }
  });
});

/** Relative luminance of a CSS rgb() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour', () => {
  it.each(['light', 'dark'] as const)('in %s, text reaches 4.5:1 and marks 3:1 against the page', async (scheme) => {
    const page = await storyPage(1280, scheme);
    const paints = await page.evaluate(() => {
      const bg = getComputedStyle(document.documentElement).backgroundColor;
      const visible = [...document.querySelectorAll('figure[data-chart] svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      const style = (selector: string, prop: 'fill' | 'stroke') =>
        visible.flatMap((svg) => [...svg.querySelectorAll(selector)].map((el) => getComputedStyle(el)[prop]));
      return {
        bg,
        text: style('text', 'fill'),
        marks: [
          ...style('.chart-fill-a, .chart-fill-b', 'fill'),
          ...style('.chart-land, .chart-route, .chart-leader', 'stroke'),
        ],
      };
    });
    for (const fill of new Set(paints.text))
      expect(contrast(fill, paints.bg), `text ${fill}`).toBeGreaterThanOrEqual(4.5);
    for (const paint of new Set(paints.marks))
      expect(contrast(paint, paints.bg), `mark ${paint}`).toBeGreaterThanOrEqual(3);
  });
});

describe('chart data downloads', () => {
  const facts = new Map(builtFacts().map((fact) => [fact.id, fact]));

  it.each(CHART_IDS)('%s.csv downloads, parses and matches facts.json', async (id) => {
    const page = await storyPage(1280);
    const link = page.locator(`figure[data-chart="${id}"] a`, { hasText: 'Download data (CSV)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`${new URL(site.url).pathname}data/${id}.csv`);
    // The downloads sit inside the figure's closed "Data and downloads": a reader opens it first.
    await page.locator(`figure[data-chart="${id}"] details.chart-data > summary`).click();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const rows = csvParse(readFileSync(path, 'utf8'));
    expect(rows.length).toBeGreaterThan(1);
    const tableIds = await page
      .locator(`figure[data-chart="${id}"] tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fact')));
    expect(rows.map((row) => row.fact_id)).toEqual(tableIds);
    for (const row of rows) {
      const fact = facts.get(row.fact_id ?? '');
      expect(fact, `${row.fact_id} is in facts.json`).toBeDefined();
      const value = fact!.value as number | string | { min: number; max: number } | { lat: number; lon: number };
      if (typeof value === 'number') expect(Number(row.value)).toBe(value);
      else if (typeof value === 'string') expect(row.value).toBe(value);
      else if ('min' in value) expect([Number(row.value_min), Number(row.value_max)]).toEqual([value.min, value.max]);
      else expect([Number(row.lat), Number(row.lon)]).toEqual([value.lat, value.lon]);
      expect(row.unit).toBe(fact!.unit);
      expect(row.origin).toBe(fact!.origin);
    }
  });

  it('reports each chart’s weight (SVG markup and CSV)', async () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    for (const id of CHART_IDS) {
      const figure = html.match(new RegExp(`<figure[^>]*data-chart="${id}"[\\s\\S]*?</figure>`))?.[0] ?? '';
      const svgBytes = [...figure.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => Buffer.byteLength(m[0]));
      const csvBytes = statSync(join(DIST_DIR, 'data', `${id}.csv`)).size;
      console.log(`${id}: SVG ${svgBytes.join(' + ')} bytes, CSV ${csvBytes} bytes`);
      expect(svgBytes).toHaveLength(1);
      for (const bytes of svgBytes) expect(bytes, `${id} SVG`).toBeLessThan(8_000);
    }
  });
});

describe('screenshots', () => {
  it('captures each chart at 360 and 1280 px, light and dark, and for print', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await storyPage(width, scheme);
        for (const id of CHART_IDS) {
          await page
            .locator(`figure[data-chart="${id}"]`)
            .screenshot({ path: join(SCREENSHOTS, `${id}-${width}-${scheme}.png`) });
        }
      }
    }
    // Print: the black-and-white palette, told apart by shape and outline.
    const page = await storyPage(1280);
    await page.emulateMedia({ media: 'print' });
    for (const id of CHART_IDS) {
      await page.locator(`figure[data-chart="${id}"]`).screenshot({ path: join(SCREENSHOTS, `${id}-print.png`) });
    }
  });
});
