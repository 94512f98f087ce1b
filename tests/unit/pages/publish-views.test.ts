/**
 * What the sources page, a section's own page, the chart tools and the page
 * head show, computed outside the pages: fact tables, intro values, outside
 * context, pager and share data, embed code and citations, hreflang links.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factRecords } from '../../../src/lib/publish/fact-export.ts';
import { chartToolsText } from '../../../src/lib/publish/chart-tools.ts';
import { sectionPage } from '../../../src/lib/publish/section-page.ts';
import { editionKeyTiles } from '../../../src/lib/story/key-numbers.ts';
import { factGroups, outsideContext, sourcesIntro } from '../../../src/lib/publish/sources-page.ts';
import { createRoutes } from '../../../src/lib/site/routes.ts';
import { alternateLinks, isNotFoundPath } from '../../../src/lib/site/page-links.ts';
import type { CitationSource } from '../../../src/lib/publish/citation.ts';
import { escapeAttribute } from '../../../src/lib/publish/embed.ts';
import { fill } from '../../../src/lib/text/fill.ts';
import { realFacts } from '../charts/facts.ts';
import { readContent, ROOT } from '../content-files.ts';
import { fmt, t } from '../english.ts';
import { openGraphLocales } from '../../../src/i18n/locales.ts';
import { STORY_DIR } from '../../support/story-files.ts';

const { bundle } = readContent(join(ROOT, STORY_DIR));
const story = bundle.story.data;
const facts = realFacts();
const entities = new Map(bundle.entities.records.map((e) => [e.id, e]));
const chartIds = (bundle.charts?.records ?? []).map((chart) => chart.id);
const routes = createRoutes({ site: 'https://example.org', base: '/sub/' }, '', chartIds);
const de = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/', chartIds);

describe('sources page', () => {
  const records = factRecords(facts, fmt, bundle.corrections.records);
  const groups = factGroups(records, facts, entities, { t, routes });

  it('groups every fact once by where it comes from, each group with its own last column', () => {
    expect(groups.map((g) => [g.origin, g.heading, g.sourceHeading])).toEqual([
      ['report', t.sources.reportHeading, t.sources.evidence],
      ['derived', t.sources.derivedHeading, t.sources.formula],
      ['outside', t.sources.outsideHeading, t.sources.source],
    ]);
    const ids = groups.flatMap((g) => g.rows.map((row) => row.record.id));
    expect(ids.sort()).toEqual(records.map((r) => r.id).sort());
    for (const group of groups) for (const row of group.rows) expect(row.record.origin).toBe(group.origin);
  });

  it("links a claimant with a who's-who entry, names one without, and says whose claim it is", () => {
    const rows = groups[0]?.rows ?? [];
    const byBmw = rows.find((row) => row.record.claimedBy === 'bmw');
    expect(byBmw?.claimant).toEqual({ name: entities.get('bmw')?.name, href: routes.entity('bmw') });
    expect(byBmw?.claim).not.toBe('');
    const byReport = rows.find((row) => row.record.claimedBy === 'source-report');
    expect(byReport?.claimant).toEqual({ name: 'The source report' });
  });

  it("gives a derived fact's inputs with their labels, for links to their rows", () => {
    const derived = groups[1]?.rows.find((row) => row.record.id === 'implied-cny-per-usd');
    expect(derived?.inputs).toEqual(
      (derived?.record.derived?.inputs ?? []).map((id) => ({ id, label: facts.get(id)?.label })),
    );
    expect(derived?.inputs.length).toBeGreaterThan(1);
  });

  it("lists who's-who entries, then glossary terms, that draw on an outside source", () => {
    const context = outsideContext(entities.values(), bundle.terms.records, { t, routes });
    const kinds = context.map((entry) => entry.kind);
    expect(kinds.indexOf(t.sources.contextGlossary)).toBeGreaterThan(kinds.lastIndexOf(t.sources.contextWho));
    expect(context.length).toBe(
      bundle.entities.records.filter((e) => e.source).length + bundle.terms.records.filter((x) => x.source).length,
    );
    const mercedes = context.find((entry) => entry.source.url.endsWith('/Mercedes-Benz_Group'));
    expect(mercedes?.href).toMatch(/^\/sub\/#/);
  });

  it("gives the intro's first and last paragraphs and the public copy's date", () => {
    const intro = sourcesIntro(story, fmt);
    expect(intro.first).toBe(fmt.paragraph(1));
    expect(intro.last).toBe(fmt.paragraph(story.source.paragraphs));
    expect(intro.date).toBe(fmt.date(story.source.published));
  });
});

describe('section page', () => {
  const sections = bundle.sections.map((s) => ({
    slug: s.data.slug,
    title: s.data.title,
    summary: s.data.summary,
    data: s.data,
  }));
  const edition = {
    story: { ...story, siteName: 'Test Explainer' },
    facts,
    keyNumbers: editionKeyTiles(bundle.keyNumbers.records, undefined, facts, fmt),
    corrections: bundle.corrections.records,
    routes,
    t,
    fmt,
    lang: 'en',
    openGraph: openGraphLocales('en'),
  };

  it('finds the neighbours, with none before the first or after the last', () => {
    const first = sectionPage(sections, 0, edition);
    expect(first.previous).toBeUndefined();
    expect(first.next?.slug).toBe(sections[1]?.slug);
    const last = sectionPage(sections, sections.length - 1, edition);
    expect(last.next).toBeUndefined();
    expect(last.part).toBe(`Part ${sections.length} of ${sections.length}`);
  });

  it("names the key number and whose figure it is in the share image's alt text", () => {
    const index = sections.findIndex((s) => s.data.keyFact === 'bmw-shenyang-investment-cny');
    const { seo } = sectionPage(sections, index, edition);
    expect(seo.canonical).toBe(`https://example.org/sub/${sections[index]?.slug}/`);
    expect(JSON.stringify(seo)).toContain('20 billion yuan (BMW’s figure, announced in late April 2024)');
  });

  it('stops on a position outside the story', () => {
    expect(() => sectionPage(sections, sections.length, edition)).toThrow(/no section at position/);
  });
});

describe('chart tools', () => {
  const citation: CitationSource = {
    siteName: 'Test Explainer',
    headline: 'A headline',
    lang: 'en',
    url: routes.absolute(),
    updated: '2026-01-02',
    report: {
      publisher: 'P',
      headline: 'R',
      date: '2024-05-17',
      url: 'http://example.com/r',
      dateline: 'B',
      kind: 'a report',
      dating: 'undated',
    },
  };
  const tools = chartToolsText(
    { id: 'bmw-investment', text: { title: 'A “title”' }, embed: { height: 432 } },
    {
      t,
      fmt,
      routes,
      citation,
    },
  );

  it('embeds the chart from its absolute embed address at its height, with the auto-height script', () => {
    expect(tools.embedCode).toContain('src="https://example.org/sub/embed/bmw-investment/"');
    expect(tools.embedCode).toContain('height:432px');
    expect(tools.embedCode).toContain(routes.full(routes.embedScript()));
    expect(tools.embedCode).toContain(`title="${escapeAttribute(fill(t.embed.frameTitle, { title: 'A “title”' }))}"`);
  });

  it('cites the chart by its embed address, as text and BibTeX', () => {
    expect(tools.citation).toContain('https://example.org/sub/embed/bmw-investment/');
    expect(tools.bibtex).toMatch(/^@/);
    expect(tools.bibtex).toContain('https://example.org/sub/embed/bmw-investment/');
  });
});

describe('alternate links', () => {
  const editions = [
    { lang: 'en', routes },
    { lang: 'de', routes: de },
  ];

  it('links the same page in every edition, default first, then x-default', () => {
    expect(alternateLinks(de, editions, '/sub/de/shunyi/')).toEqual({
      page: 'shunyi/',
      alternates: [
        { hreflang: 'en', href: 'https://example.org/sub/shunyi/' },
        { hreflang: 'de', href: 'https://example.org/sub/de/shunyi/' },
        { hreflang: 'x-default', href: 'https://example.org/sub/shunyi/' },
      ],
    });
  });

  it('links no edition from a 404 page', () => {
    for (const path of ['/sub/404.html', '/sub/de/404/', '/404']) {
      expect(isNotFoundPath(path), path).toBe(true);
      expect(alternateLinks(routes, editions, path).alternates, path).toEqual([]);
    }
    expect(isNotFoundPath('/sub/x404/')).toBe(false);
  });
});
