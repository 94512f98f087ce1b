/**
 * What a site of several stories adds, read from the two-story build (dist-stories/, npm run
 * build:stories): the second story (the valid fixture, nothing of it in src/) under its own prefix in
 * the languages it has, with its own sections, share images, data, corrections and feed; a story
 * index in every language; each story linking to the others; hreflang and the sitemap pairing only a
 * story's own editions. The root build, with one story, has none of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { contentLayout, loadContent } from '../../src/lib/content/content-reader.ts';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import { siteCheckOptions } from '../../src/i18n/locales.ts';
import { attr, builtSiteOrigin, elements, parseHtml, textOf, type HtmlElement } from '../support/crawl.ts';
import { ROOT, SECOND_STORY, STORIES_DIST_DIR } from '../support/harness.ts';
import { storyContent } from '../support/content.ts';

const DIR = STORIES_DIST_DIR;
/** The origin the two-story site was built for (its canonical links). */
const SITE = builtSiteOrigin(DIR) ?? '';
const layout = contentLayout(SECOND_STORY.dir.slice(ROOT.length + 1));
const second = loadContent(readContentFiles(ROOT, layout), siteCheckOptions(), layout);
const front = storyContent();
const secondLocales = ['en', ...(second.editions ?? []).map((e) => e.locale)];
const prefixOf = (locale: string) => LOCALES[locale as keyof typeof LOCALES].prefix;

/** The built page at a site path (`second-story/`), parsed. */
function page(path: string) {
  const file = join(DIR, path, path.endsWith('.html') ? '' : 'index.html');
  expect(existsSync(file), `${path} was built`).toBe(true);
  return parseHtml(readFileSync(file, 'utf8'));
}

/** Every element of a page matching `test`. */
const all = (doc: ReturnType<typeof page>, test: (el: HtmlElement) => boolean) => [...elements(doc)].filter(test);

describe('the second story', () => {
  it('is served under its own prefix in each language it has, and in no other', () => {
    for (const locale of Object.keys(LOCALES)) {
      const home = join(DIR, prefixOf(locale), SECOND_STORY.id, 'index.html');
      expect(existsSync(home), `${locale}: ${home}`).toBe(secondLocales.includes(locale));
    }
    expect(secondLocales.length, 'the fixture has an edition besides English').toBeGreaterThan(1);
  });

  it('has its own section pages, share images, data files, corrections page and feed', () => {
    for (const locale of secondLocales) {
      const base = `${prefixOf(locale)}${SECOND_STORY.id}/`;
      for (const section of second.sections) {
        page(`${base}${section.data.slug}/`);
        expect(
          existsSync(join(DIR, base, 'og', `${section.data.slug}.png`)),
          `${base}og/${section.data.slug}.png`,
        ).toBe(true);
      }
      expect(existsSync(join(DIR, base, 'og/story.png'))).toBe(true);
      page(`${base}sources/`);
      page(`${base}corrections/`);
      const facts = JSON.parse(readFileSync(join(DIR, base, 'facts.json'), 'utf8')) as { id: string }[];
      expect(facts.map((f) => f.id).sort()).toEqual(second.facts.records.map((f) => f.id).sort());
      const feed = readFileSync(join(DIR, base, 'feed.xml'), 'utf8');
      for (const correction of second.corrections.records) expect(feed).toContain(`correction-${correction.id}`);
      for (const correction of front.corrections.records) expect(feed).not.toContain(`correction-${correction.id}"`);
    }
  });

  it('lets other sites frame its embed pages, in each of its languages, as the host files say', () => {
    const headers = readFileSync(join(DIR, '_headers'), 'utf8');
    const caddy = readFileSync(join(DIR, '_caddy/security-headers.caddy'), 'utf8');
    for (const locale of secondLocales) {
      const folder = `/${prefixOf(locale)}${SECOND_STORY.id}/embed/*`;
      expect(headers, folder).toContain(`\n${folder}\n`);
      expect(/^@nev_embed path (.*)$/m.exec(caddy)?.[1]?.split(' '), folder).toContain(folder);
    }
  });

  it('pairs only its own editions in hreflang links', () => {
    const doc = page(`${SECOND_STORY.id}/`);
    const langs = all(
      doc,
      (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'hreflang') !== undefined,
    )
      .map((el) => `${attr(el, 'hreflang')} ${attr(el, 'href')}`)
      .sort();
    const expected = secondLocales.map(
      (l) => `${LOCALES[l as keyof typeof LOCALES].lang} ${SITE}/${prefixOf(l)}${SECOND_STORY.id}/`,
    );
    expect(langs).toEqual([...expected, `x-default ${SITE}/${SECOND_STORY.id}/`].sort());
  });
});

describe('a site of several stories', () => {
  it('has a story index in every language, listing every story', () => {
    for (const locale of Object.keys(LOCALES)) {
      const doc = page(`${prefixOf(locale)}stories/`);
      const links = all(doc, (el) => el.tagName === 'a' && el.parentNode !== null && textOf(el).length > 0)
        .map((el) => attr(el, 'href'))
        .filter((href): href is string => href !== undefined);
      const secondHome = `/${secondLocales.includes(locale) ? prefixOf(locale) : ''}${SECOND_STORY.id}/`;
      expect(links, locale).toContain(`/${prefixOf(locale)}`);
      expect(links, locale).toContain(secondHome);
    }
  });

  it('links each story to the others, and every page to the index', () => {
    const footerLinks = (path: string) =>
      all(page(path), (el) => el.tagName === 'a' && attr(el, 'href') !== undefined).map((el) => attr(el, 'href'));
    expect(footerLinks('')).toContain(`/${SECOND_STORY.id}/`);
    expect(footerLinks('')).toContain('/stories/');
    expect(footerLinks(`${SECOND_STORY.id}/`)).toContain('/');
    expect(footerLinks(`de/${SECOND_STORY.id}/`)).toContain('/de/');
  });

  it('lists the second story in the sitemap, paired with its own editions only', () => {
    const sitemap = readFileSync(join(DIR, 'sitemap-0.xml'), 'utf8');
    const entry = new RegExp(`<url><loc>${SITE}/${SECOND_STORY.id}/</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    expect(entry, 'the second story home is in the sitemap').not.toBe('');
    const pairs = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(pairs).toEqual([...secondLocales.map((l) => LOCALES[l as keyof typeof LOCALES].lang), 'x-default'].sort());
  });

  it('is only a site of several stories when it has them: the root build has no index and no story links', () => {
    const root = join(ROOT, 'dist');
    expect(existsSync(join(root, 'index.html')), 'the root build is there').toBe(true);
    expect(existsSync(join(root, 'stories'))).toBe(false);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).not.toContain('other-stories');
  });
});
