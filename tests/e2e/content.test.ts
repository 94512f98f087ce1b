/**
 * The built story holds every fact of the report, in sections of readable
 * length, and the sources page and data files list every fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { entityAnchor } from '../../src/lib/story/entities.ts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFacts } from '../support/built.ts';
import { storyContent, whosWhoEntities } from '../support/content.ts';
import { DIST_DIR } from '../support/harness.ts';

const site = useBuiltSite({ javaScriptEnabled: false });
/** The story page without scripts, opened once for the file: these tests only read it. */
let home: Page;
let storyText = '';

beforeAll(async () => {
  home = (await site.open()).page;
  storyText = (await home.locator('main').innerText()).replace(/\s+/g, ' ');
});

/** Every item of the report the home page must carry, as a reader would find it in the text. */
const REQUIRED: [string, RegExp][] = [
  [
    'forum lasting two days in Beijing',
    /forum on Sino-German industrial cooperation and development, held in Beijing over two days/,
  ],
  [
    'intelligence and eco-friendliness as new momentum',
    /intelligence and eco-friendliness were giving[^.]*new momentum/,
  ],
  [
    'the China-Germany industrial park as an NEV hub',
    /China-Germany industrial park[^.]*hub for smarter, greener NEVs/,
  ],
  [
    'R&D centres of Daimler, BMW and Volkswagen in Beijing',
    /Beijing hosted R&D centres of German carmakers such as Daimler, BMW and Volkswagen/,
  ],
  ['Shunyi a key automotive hub', /called Shunyi a key car-industry hub/],
  ['Du Yue, then deputy head of Shunyi', /Du Yue, then deputy head of Shunyi district/],
  [
    '4 vehicle manufacturing facilities incl. Beijing Benz NEV plant',
    /4 vehicle manufacturing facilities, among them Beijing Benz['’]s NEV plant/,
  ],
  ['7 R&D centres including BMW’s', /7 R&D centres, among them BMW['’]s/],
  ['Song Wei, then president of BAIC', /Song Wei, then president of Beijing Automotive Group \(BAIC\)/],
  [
    'BAIC cooperation and SME supply partnerships',
    /worked closely with major German companies[^.]*many small and mid-sized firms as supply partners/,
  ],
  ['true interdependence (indirect speech)', /to the point of true interdependence/],
  [
    'He Yi, then deputy secretary-general of CAAM',
    /He Yi, then deputy secretary-general of the China Association of Automobile Manufacturers/,
  ],
  [
    'more global players entering China’s NEV industry',
    /growing number of global players were entering China['’]s very large NEV industry/,
  ],
  [
    'BMW’s 20 billion yuan, about 2.82 billion dollars, late April, Shenyang',
    /late April 2024, BMW[^.]*announced a further 20 billion yuan \(about 2\.82 billion US dollars\) for its production base in Shenyang/,
  ],
  ['Shenyang, capital of Liaoning', /Shenyang, the capital of Liaoning province/],
  ['Oliver Zipse, then chairman of BMW AG’s board', /Oliver Zipse, then chairman of the Board of Management of BMW AG/],
  ['Michael Braungart, Scientific CEO of EPEA', /Michael Braungart, then Scientific CEO of EPEA/],
  ['no circular economy yet', /had not yet achieved a circular economy for vehicles/],
  ['China strengthening reuse of production materials', /step up the reuse of production materials/],
  [
    '2024 Beijing auto show at the Shunyi Hall of CIEC',
    /2024 Beijing auto show, in the China International Exhibition Center['’]s Shunyi Hall/,
  ],
  ['smart-driving products and an era of intelligence', /smart-driving products[\s\S]*era of intelligence/],
  ['Peng Jun, co-founder and then CEO of Pony.ai', /Peng Jun, co-founder and then CEO of Pony\.ai/],
  ['3 million km of driverless testing', /3 million km of driverless testing/],
  ['unmanned taxi vehicles up to 25–26 orders a day', /up to 25–26 orders a day for its unmanned taxi vehicles/],
  ['China–Europe collaboration on ICVs', /China–Europe collaboration on intelligent connected vehicles/],
  [
    'new quality productive forces and BMW’s strategy',
    /new quality productive forces[^.]*fitted closely with BMW['’]s own core strategy/,
  ],
  ['sustainable development pursued together', /sustainable development was best pursued jointly/i],
  ['what moves China today…', /what moves China today moves the world tomorrow/],
];

describe('the story page carries every fact of the report', () => {
  it.each(REQUIRED)('%s', (_, pattern) => {
    expect(storyText).toMatch(pattern);
  });

  it('quotes people only inside <blockquote> or <q>, attributed', async () => {
    const quotes = await home.locator('main blockquote').evaluateAll((nodes) =>
      nodes.map((n) => ({
        text: n.querySelector('p')?.textContent ?? '',
        by: n.querySelector('footer')?.textContent ?? '',
      })),
    );
    expect(quotes.map((q) => q.by.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Song'),
      expect.stringContaining('Zipse'),
      expect.stringContaining('Peng'),
      expect.stringContaining('Zipse'),
    ]);
    // "True interdependence" (¶5) is indirect speech: it is not put in quotation marks.
    expect(await home.locator('main q', { hasText: 'true interdependence' }).count()).toBe(0);
    expect(storyText).not.toMatch(/[“"‘']true interdependence/i);
  });

  it('keeps every section between 40 and 200 words of prose', async () => {
    const counts = await home
      .locator('section.story-section .story-text')
      // Prose only: a chart figure's caption, table and links do not count towards a section's length.
      .evaluateAll((nodes) =>
        nodes.map((n) => {
          const words = (el: Element) => (el as HTMLElement).innerText.trim().split(/\s+/).filter(Boolean).length;
          return words(n) - [...n.querySelectorAll('figure')].reduce((sum, figure) => sum + words(figure), 0);
        }),
      );
    expect(counts).toHaveLength(storyContent().sections.length);
    for (const count of counts) {
      expect(count).toBeGreaterThanOrEqual(40);
      expect(count).toBeLessThanOrEqual(200);
    }
  });

  it('links every name in the prose to a who’s-who entry that exists', async () => {
    const targets = await home
      .locator('main a.who')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    const named = whosWhoEntities().map((e) => entityAnchor(e.id));
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(targets)].sort()).toEqual(named.sort());
    for (const id of new Set(targets)) expect(await home.locator(`[id="${id}"]`).count(), id).toBe(1);
  });
});

describe('sources and data files', () => {
  const facts = builtFacts();

  it('publish every fact in facts.json with provenance', () => {
    const written = storyContent().facts.records.map((f) => f.id);
    expect(facts.map((f) => f.id).sort()).toEqual(written.sort());
    for (const fact of facts) {
      expect(Object.keys(fact)).toEqual(expect.arrayContaining(['id', 'label', 'value', 'unit', 'kind']));
      expect(Boolean(fact.source) || Boolean(fact.derived) || Boolean(fact.outside), fact.id).toBe(true);
      if (fact.source) expect(fact.claimedBy && fact.claimType, fact.id).toBeTruthy();
    }
  });

  it('list the same records in facts.csv', () => {
    const rows = csvParse(readFileSync(join(DIST_DIR, 'facts.csv'), 'utf8'));
    expect(rows.map((r) => r.id)).toEqual(facts.map((f) => f.id));
    const usd = rows.find((r) => r.id === 'bmw-shenyang-investment-usd');
    expect(usd).toMatchObject({ value: '2820000000', paragraph: '8', claimed_by: 'source-report' });
    expect(rows.find((r) => r.id === 'ponyai-orders-per-day')).toMatchObject({ value_min: '25', value_max: '26' });
  });

  it('show every fact as a row on the sources page, quoting its evidence', async () => {
    const { page } = await site.open('sources/');
    for (const fact of facts) {
      const row = page.locator(`tr[id="fact-${fact.id}"]`);
      expect(await row.count(), fact.id).toBe(1);
      const source = fact.source as { paragraph: number; quote: string } | undefined;
      if (source) {
        expect(await row.locator('q').textContent()).toBe(source.quote);
        expect(await row.textContent()).toContain(`¶${source.paragraph}`);
      }
    }
  });
});
