/**
 * Corrections as newsrooms show them, in every edition, read from dist/: a
 * section shows one short line per correction that names it (at most 25
 * words; 40 Han characters in Chinese), once, linking to its entry on the
 * edition's corrections page; story-wide corrections make one line under the
 * header; the corrections page, the feed and JSON-LD keep the full text (and
 * an update's outside source); the feed is newest first, in the order the
 * corrections file lists them; every edition's corrections page lists every
 * correction, and its facts.json/csv agree with it, in its language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES, uiStrings, type Locale } from '../../src/i18n/locales.ts';
import { countText } from '../support/reading-path.ts';
import { storyContent } from '../support/content.ts';
import { attr, elements, parseHtml, textOf, type HtmlElement } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';

const read = (rel: string) => readFileSync(join(DIST_DIR, rel), 'utf8');
const all = (rel: string) => [...elements(parseHtml(read(rel)))];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const english = () => storyContent().corrections.records;

/** The in-section lines of a page: the correction each links to and its text. */
function sectionLines(nodes: Iterable<HtmlElement>): { id: string; href: string; text: string }[] {
  return [...nodes]
    .filter((el) => el.tagName === 'p' && attr(el, 'data-correction'))
    .map((p) => {
      const link = [...elements(p)].find((el) => el.tagName === 'a');
      return {
        id: attr(p, 'data-correction') ?? '',
        href: link ? (attr(link, 'href') ?? '') : '',
        text: squash(textOf(p)),
      };
    });
}

/** What a line may hold: 25 words, or 40 Han characters in Chinese. */
function withinLimit(locale: Locale, text: string): boolean {
  const { words, han } = countText(text, LOCALES[locale].lang);
  return locale === 'zh' ? han <= 40 : words <= 25;
}

describe.each(LOCALE_CODES)('the %s edition', (locale) => {
  const prefix = LOCALES[locale].prefix;
  const t = uiStrings(locale);
  const story = () => all(`${prefix}index.html`);

  it('shows each correction once in every section it names, as one short line linking to its entry', () => {
    const slugs = storyContent().sections.map((s) => s.data.slug);
    for (const slug of slugs) {
      const expected = english()
        .filter((c) => c.sections.includes(slug))
        .map((c) => c.id);
      const onStory = story().find((el) => el.tagName === 'section' && attr(el, 'id') === slug) as HtmlElement;
      expect(onStory, `${prefix}#${slug}`).toBeDefined();
      for (const [where, lines] of [
        [`${prefix}#${slug}`, sectionLines(elements(onStory))],
        [`${prefix}${slug}/`, sectionLines(all(`${prefix}${slug}/index.html`))],
      ] as const) {
        expect(lines.map((l) => l.id).sort(), where).toEqual([...expected].sort());
        for (const line of lines) {
          expect(line.href, where).toBe(`/${prefix}corrections/#correction-${line.id}`);
          expect(withinLimit(locale, line.text), `${where}: "${line.text}"`).toBe(true);
        }
      }
    }
  });

  it('has no in-section line over 25 words (40 Han characters) on any page', () => {
    const pages = ['', ...storyContent().sections.map((s) => `${s.data.slug}/`)];
    const lines = pages.flatMap((page) => sectionLines(all(`${prefix}${page}index.html`)));
    expect(lines.length).toBeGreaterThan(0);
    const over = lines.filter((line) => !withinLimit(locale, line.text));
    expect(over).toEqual([]);
  });

  it('shows the story-wide corrections as one line under the header, linking to the corrections page', () => {
    const wide = english().filter((c) => c.sections.length === 0);
    const header = story().find((el) => el.tagName === 'header' && (attr(el, 'class') ?? '').includes('story-header'));
    const line = [...elements(header as HtmlElement)].filter((el) => attr(el, 'id') === 'story-corrections');
    expect(line).toHaveLength(wide.length > 0 ? 1 : 0);
    if (wide.length === 0) return;
    const links = [...elements(line[0] as HtmlElement)].filter((el) => el.tagName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual([`/${prefix}corrections/`]);
    const newest = [...wide].sort((a, b) => b.date.localeCompare(a.date))[0];
    const time = [...elements(line[0] as HtmlElement)].find((el) => el.tagName === 'time');
    expect(time && attr(time, 'datetime')).toBe(newest?.date);
    expect(withinLimit(locale, squash(textOf(line[0] as HtmlElement)))).toBe(true);
    // Nowhere else on the page: no note per story-wide correction, at the foot of a section or elsewhere.
    const ids = new Set(wide.map((c) => c.id));
    expect(sectionLines(story()).filter((l) => ids.has(l.id))).toEqual([]);
  });

  it('lists every correction on its corrections page, newest first in file order, with the full text and any source', () => {
    const page = all(`${prefix}corrections/index.html`);
    const entries = page.filter((el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('correction-'));
    const ids = entries.map((li) => (attr(li, 'id') ?? '').slice('correction-'.length));
    const expected = [...english()]
      .map((c, i) => ({ c, i }))
      .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
      .map(({ c }) => c.id);
    expect(ids).toEqual(expected);
    for (const [i, li] of entries.entries()) {
      const correction = english().find((c) => c.id === ids[i]);
      const text = squash(textOf(li));
      // The full text is there: longer than the line a section shows.
      const paragraphs = [...elements(li)].filter((el) => el.tagName === 'p').map((p) => squash(textOf(p)));
      expect(Math.max(...paragraphs.map((p) => p.length)), ids[i]).toBeGreaterThan(40);
      if (correction?.source) {
        const links = [...elements(li)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
        expect(links, ids[i]).toContain(correction.source.url);
        expect(text).toContain(t.corrections.source);
      }
    }
    expect(squash(textOf(page.find((el) => el.tagName === 'main') ?? page[0]!))).not.toContain(t.corrections.none);
  });

  it('publishes a feed newest first (in file order within a day), with each full text and source', () => {
    const xml = read(`${prefix}feed.xml`);
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
    const ids = entries.map((e) => /#correction-([\w-]+)<\/id>/.exec(e)?.[1]);
    const page = all(`${prefix}corrections/index.html`)
      .filter((el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('correction-'))
      .map((li) => (attr(li, 'id') ?? '').slice('correction-'.length));
    expect(ids).toEqual(page);
    const updated = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)?.[1] ?? '');
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(/<feed[^>]*>[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1]).toBe(updated[0]);
    for (const [i, entry] of entries.entries()) {
      const correction = english().find((c) => c.id === ids[i]);
      expect(entry).toMatch(/<content type="text">[^<]{40,}<\/content>/);
      if (correction?.source) expect(entry).toContain(correction.source.url);
    }
  });

  it('keeps the full text and any source in the JSON-LD of the story page', () => {
    const script = story().find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    const jsonLd = JSON.parse(textOf(script as HtmlElement)) as {
      correction?: { text: string; citation?: { url: string; datePublished: string } }[];
    };
    expect(jsonLd.correction).toHaveLength(english().length);
    const sourced = english().filter((c) => c.source);
    const cited = (jsonLd.correction ?? []).flatMap((c) => (c.citation ? [c.citation] : []));
    expect(cited.map((c) => [c.url, c.datePublished])).toEqual(
      expect.arrayContaining(sourced.map((c) => [c.source?.url, c.source?.date])),
    );
    for (const c of jsonLd.correction ?? []) expect(c.text.length).toBeGreaterThan(60);
  });

  it('publishes facts.json and facts.csv that agree with its pages, in its language', () => {
    const facts = JSON.parse(read(`${prefix}facts.json`)) as {
      id: string;
      label: string;
      unit: string;
      history?: { date: string; correction: string; summary: string; label?: string }[];
    }[];
    const listed = new Set(
      all(`${prefix}corrections/index.html`)
        .filter((el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('correction-'))
        .map((li) => (attr(li, 'id') ?? '').slice('correction-'.length)),
    );
    const byId = new Map(english().map((c) => [c.id, c]));
    const englishFacts = new Map(storyContent().facts.records.map((f) => [f.id, f]));
    const csv = read(`${prefix}facts.csv`);
    let histories = 0;
    for (const fact of facts) {
      const source = englishFacts.get(fact.id);
      expect(source, fact.id).toBeDefined();
      // The unit in the edition's words, as its pages write it.
      if (source?.unit) expect(fact.unit, fact.id).toBe(t.format.units[source.unit] ?? source.unit);
      if (locale === 'zh') expect(fact.label, fact.id).toMatch(/\p{Script=Han}/u);
      if (locale !== 'en' && source) expect(fact.label, fact.id).not.toBe(source.label);
      for (const revision of fact.history ?? []) {
        histories += 1;
        expect(listed, `${fact.id} → ${revision.correction}`).toContain(revision.correction);
        expect(revision.date).toBe(byId.get(revision.correction)?.date);
        expect(revision.summary.length).toBeGreaterThan(1);
        if (locale === 'zh') expect(revision.summary).toMatch(/\p{Script=Han}/u);
        // The earlier labels are English words: only the English edition gives them.
        expect('label' in revision, fact.id).toBe(locale === 'en' && revision.label !== undefined);
      }
      expect(csv, fact.id).toContain(fact.label.includes(',') ? `"${fact.label.replace(/"/g, '""')}"` : fact.label);
    }
    expect(histories).toBeGreaterThan(0);
  });
});

describe('the English corrections file', () => {
  it('lists corrections newest first, as the feed and pages show them', () => {
    const dates = english().map((c) => c.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(existsSync(join(DIST_DIR, 'feed.xml'))).toBe(true);
  });
});
