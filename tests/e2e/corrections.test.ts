/**
 * Corrections as published in the built site: the Atom feed parses (in
 * Chromium's XML parser) and every entry links to a page and anchor that
 * exist; every page (but the chart embeds) announces the feed; the corrections page, the section
 * notes (on the story page and on section pages), the JSON-LD `correction`
 * list and facts.json's histories all tell the same record. Counts come from
 * the built files, not from this story.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES, LOCALES } from '../../src/i18n/locales.ts';
import { isEmbedPage } from '../../src/lib/site/routes.ts';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { builtFacts } from '../support/built.ts';
import { attr, builtPages, elements, parseHtml, textOf, type HtmlElement } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';

/** The edition prefix of a built file (`de/shunyi/index.html` → `de/`), "" for the English root edition. */
const editionPrefix = (rel: string) =>
  LOCALE_CODES.map((locale) => LOCALES[locale].prefix).find((prefix) => prefix && rel.startsWith(prefix)) ?? '';

/** Every built page of the site itself: all but the chart embed pages. */
function sitePages() {
  return builtPages(DIST_DIR).filter((page) => !isEmbedPage(`http://x.invalid/${page.path}`));
}

const read = (rel: string) => readFileSync(join(DIST_DIR, rel), 'utf8');
const doc = (rel: string) => parseHtml(read(rel));
const all = (rel: string) => [...elements(doc(rel))];
const SITE = 'http://localhost:4321';

/** Chromium, for its XML parser. */
const site = useBuiltSite();

/** Entries of the corrections page: id (from the anchor), section slugs linked, the text. */
function correctionEntries(): { id: string; slugs: string[]; story: boolean; description: string }[] {
  return all('corrections/index.html')
    .filter((el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('correction-'))
    .map((li) => {
      const links = [...elements(li)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? '');
      return {
        id: (attr(li, 'id') ?? '').slice('correction-'.length),
        slugs: links.filter((h) => /^\/[a-z0-9-]+\/$/.test(h) && h !== '/sources/').map((h) => h.slice(1, -1)),
        story: links.includes('/'),
        description: textOf([...elements(li)].find((el) => el.tagName === 'p') as HtmlElement).trim(),
      };
    });
}

function notesIn(root: Iterable<HtmlElement>): string[] {
  return [...root]
    .filter((el) => el.tagName === 'p' && attr(el, 'data-correction'))
    .map((el) => attr(el, 'data-correction') ?? '');
}

describe('the Atom feed', () => {
  it('parses as Atom 1.0, and every entry links to a page and anchor that exist', async () => {
    const xml = read('feed.xml');
    const page = await (await site.context()).newPage();
    const parsed = await page.evaluate((text) => {
      const feed = new DOMParser().parseFromString(text, 'application/xml');
      const root = feed.documentElement;
      return {
        error: feed.getElementsByTagName('parsererror').length > 0,
        name: root.localName,
        ns: root.namespaceURI,
        required: ['id', 'title', 'updated'].every((n) => root.getElementsByTagNameNS(root.namespaceURI, n).length > 0),
        entries: [...root.getElementsByTagNameNS(root.namespaceURI, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(root.namespaceURI, 'id')[0]?.textContent ?? '',
          title: e.getElementsByTagNameNS(root.namespaceURI, 'title')[0]?.textContent ?? '',
          updated: e.getElementsByTagNameNS(root.namespaceURI, 'updated')[0]?.textContent ?? '',
          href: e.getElementsByTagNameNS(root.namespaceURI, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed).toMatchObject({ name: 'feed', ns: 'http://www.w3.org/2005/Atom', required: true });
    const entries = correctionEntries();
    expect(parsed.entries.map((e) => e.href.split('#correction-')[1])).toEqual(entries.map((e) => e.id));
    for (const entry of parsed.entries) {
      expect(entry.title).toMatch(/^(Correction|Clarification|Update): /);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const url = new URL(entry.href);
      expect(url.origin).toBe(SITE);
      expect(existsSync(join(DIST_DIR, url.pathname, 'index.html')), url.pathname).toBe(true);
      const ids = all(join(url.pathname, 'index.html')).map((el) => attr(el, 'id'));
      expect(ids).toContain(url.hash.slice(1));
    }
  });

  // Chart embed pages show one chart on another site: no site head links, no footer.
  it('is announced in the head of every page but the chart embeds', () => {
    for (const page of sitePages()) {
      const link = [...elements(parseHtml(readFileSync(page.file, 'utf8')))].find(
        (el) => el.tagName === 'link' && attr(el, 'type') === 'application/atom+xml',
      );
      expect(link && attr(link, 'rel'), page.rel).toBe('alternate');
      expect(attr(link as HtmlElement, 'href'), page.rel).toBe(`/${editionPrefix(page.rel)}feed.xml`);
    }
  });
});

describe('the corrections record', () => {
  const entries = correctionEntries();

  it('is linked from every page footer (chart embeds have none) and lists at least one entry, newest first', () => {
    expect(entries.length).toBeGreaterThan(0);
    // Each entry's date, in its heading (an update's source has a date of its own).
    const dates = all('corrections/index.html')
      .filter((el) => el.tagName === 'h2')
      .flatMap((h2) => [...elements(h2)].filter((el) => el.tagName === 'time'))
      .map((el) => attr(el, 'datetime') ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const page of sitePages()) {
      const hrefs = [...elements(parseHtml(readFileSync(page.file, 'utf8')))]
        .filter((el) => el.tagName === 'a')
        .map((a) => attr(a, 'href'));
      expect(hrefs, page.rel).toContain(`/${editionPrefix(page.rel)}corrections/`);
    }
  });

  it('links the story header to the corrections page', () => {
    const header = all('index.html').find(
      (el) => el.tagName === 'header' && (attr(el, 'class') ?? '').includes('story-header'),
    );
    const hrefs = [...elements(header as HtmlElement)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/corrections/');
  });

  it('shows a dated note in each section it names, on the story page and the section page; story-wide ones as one line under the header', () => {
    const story = all('index.html');
    for (const entry of entries) {
      for (const slug of entry.slugs) {
        const section = story.find((el) => el.tagName === 'section' && attr(el, 'id') === slug);
        expect(section, slug).toBeDefined();
        expect(notesIn(elements(section as HtmlElement)), `#${slug}`).toContain(entry.id);
        expect(notesIn(all(`${slug}/index.html`)), `/${slug}/`).toContain(entry.id);
      }
      if (entry.story) {
        const line = story.find((el) => attr(el, 'id') === 'story-corrections');
        expect(line, 'the line on the story as a whole').toBeDefined();
        const links = [...elements(line as HtmlElement)].filter((el) => el.tagName === 'a');
        expect(links.map((a) => attr(a, 'href'))).toEqual(['/corrections/']);
        // Not a note per correction, and not at the foot of the last section.
        expect(notesIn(elements(line as HtmlElement))).toEqual([]);
        expect(notesIn(story)).not.toContain(entry.id);
      }
    }
  });

  it('appears in the JSON-LD of the pages it touches, and dateModified follows it', () => {
    const jsonLd = (rel: string) => {
      const script = all(rel).find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
      return JSON.parse(textOf(script as HtmlElement)) as {
        datePublished: string;
        dateModified: string;
        correction?: { '@type': string; datePublished: string; text: string }[];
      };
    };
    const home = jsonLd('index.html');
    expect(home.correction?.length).toBe(entries.length);
    for (const c of home.correction ?? []) expect(c['@type']).toBe('CorrectionComment');
    const latest = home.correction
      ?.map((c) => c.datePublished)
      .sort()
      .at(-1);
    expect(home.dateModified).toBe(latest);
    expect(home.dateModified >= home.datePublished).toBe(true);
    for (const entry of entries)
      for (const slug of entry.slugs)
        expect(
          jsonLd(`${slug}/index.html`)
            .correction?.map((c) => c.text)
            .join('\n'),
        ).toContain(entry.description);
  });

  it('dates every fact history in facts.json by a correction on the page', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const fact of builtFacts()) {
      const history = (fact.history ?? []) as { date: string; correction: string }[];
      for (const revision of history) {
        expect(ids, `${fact.id} → ${revision.correction}`).toContain(revision.correction);
        expect(revision.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
