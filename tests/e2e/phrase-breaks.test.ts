/**
 * Chinese line breaks between phrases (finding 11): in Chromium at 360 and
 * 1280 px, every heading (h1–h3) and chart title of the Chinese edition's
 * story page, section pages and chart embeds is segmented by BudouX
 * (`.phrase` spans), and no line breaks inside a phrase: each phrase's boxes
 * (`getClientRects`) sit on one line, and together the phrases give the
 * heading's text back.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { storyChartIds, storyContent } from '../support/content.ts';

/** The story's charts (charts.yaml). */
const CHART_IDS = storyChartIds();

const site = useBuiltSite({ colorScheme: 'light' });
const prefix = LOCALES.zh.prefix;
const pages = () => [
  '',
  ...storyContent().sections.map((s) => `${s.data.slug}/`),
  ...CHART_IDS.map((id) => `embed/${id}/`),
];

interface Heading {
  tag: string;
  text: string;
  phrased: boolean;
  /** Per phrase: its text and the distinct tops of its line boxes. */
  phrases: { text: string; tops: number[] }[];
}

describe.each([360, 1280])('the Chinese edition at %i px', (width) => {
  it('breaks every heading and chart title between BudouX phrases only', async () => {
    const context = await site.context({ viewport: { width, height: 800 } });
    let checked = 0;
    for (const path of pages()) {
      const page = await context.newPage();
      await page.goto(site.at(`${prefix}${path}`), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const headings: Heading[] = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, .chart-title')]
          .filter((el) => /\p{Script=Han}/u.test(el.textContent ?? ''))
          .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
          .map((el) => ({
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? '').trim(),
            phrased: el.querySelector('.phrases') !== null,
            phrases: [...el.querySelectorAll('.phrase')].map((span) => ({
              text: span.textContent ?? '',
              tops: [...new Set([...span.getClientRects()].map((r) => Math.round(r.top)))],
            })),
          })),
      );
      for (const heading of headings) {
        const where = `/${prefix}${path} <${heading.tag}> "${heading.text}" at ${width} px`;
        expect(heading.phrased, where).toBe(true);
        expect(heading.phrases.map((p) => p.text).join(''), where).toBe(heading.text.replace(/\s+/g, ''));
        const broken = heading.phrases.filter((p) => p.tops.length > 1).map((p) => p.text);
        expect(broken, where).toEqual([]);
        checked += 1;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(pages().length);
  });
});
