/** URL helpers: reading SITE_URL and BASE_PATH, and joining site, base and paths. */
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  DEFAULT_SITE_URL,
  quoteFragmentUrl,
  readSiteSettings,
  shareImagePath,
  SiteConfigError,
  withBase,
} from '../../src/lib/site/urls.ts';
import { createRoutes, embedEditionPrefixes, isEmbedPage } from '../../src/lib/site/routes.ts';

/** The charts the links below may name. */
const CHARTS = ['bmw-investment', 'locator-map'];

describe('readSiteSettings', () => {
  it('falls back to a local origin at the root when nothing is set', () => {
    expect(readSiteSettings({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
    expect(readSiteSettings({ SITE_URL: '  ', BASE_PATH: '' })).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it('keeps the origin and puts a slash at both ends of the base', () => {
    expect(readSiteSettings({ SITE_URL: 'https://example.org', BASE_PATH: '/nev-explainer' })).toEqual({
      site: 'https://example.org',
      base: '/nev-explainer/',
    });
    expect(readSiteSettings({ SITE_URL: 'https://example.org/', BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
    expect(readSiteSettings({ SITE_URL: 'http://127.0.0.1:8080' }).site).toBe('http://127.0.0.1:8080');
  });

  it.each([
    ['example.org', /SITE_URL must be an absolute http\(s\) URL/],
    ['/just/a/path', /SITE_URL must be an absolute http\(s\) URL/],
    ['ftp://example.org', /SITE_URL must start with http:\/\/ or https:\/\//],
    ['https://example.org/sub/', /SITE_URL must be an origin only \(put the sub-path in BASE_PATH\)/],
    ['https://example.org/?a=1', /SITE_URL must not have a query or fragment/],
  ])('rejects SITE_URL=%s with a message naming the variable', (value, message) => {
    expect(() => readSiteSettings({ SITE_URL: value })).toThrow(SiteConfigError);
    expect(() => readSiteSettings({ SITE_URL: value })).toThrow(message);
  });

  it.each([
    ['sub/', /BASE_PATH must start with "\/"/],
    ['https://example.org/sub/', /BASE_PATH must start with "\/"/],
    ['/a//b/', /BASE_PATH must be a plain path/],
    ['/a/../b/', /BASE_PATH must be a plain path/],
    ['/a b/', /BASE_PATH must be a plain path/],
    ['/sub/?x', /BASE_PATH must be a plain path/],
  ])('rejects BASE_PATH=%s with a message naming the variable', (value, message) => {
    expect(() => readSiteSettings({ BASE_PATH: value })).toThrow(SiteConfigError);
    expect(() => readSiteSettings({ BASE_PATH: value })).toThrow(message);
  });
});

describe('joining site, base and paths', () => {
  it('withBase joins with exactly one slash, with or without a trailing slash on the base', () => {
    expect(withBase('/', 'facts.csv')).toBe('/facts.csv');
    expect(withBase('/sub/', 'facts.csv')).toBe('/sub/facts.csv');
    expect(withBase('/sub', '/facts.csv')).toBe('/sub/facts.csv');
    expect(withBase('/sub/')).toBe('/sub/');
    expect(withBase('/sub/', 'og/story.png')).toBe('/sub/og/story.png');
  });

  it('absoluteUrl puts origin, base and path together', () => {
    expect(absoluteUrl('https://example.org', '/', '')).toBe('https://example.org/');
    expect(absoluteUrl('https://example.org', '/sub/', 'bmw-shenyang/')).toBe('https://example.org/sub/bmw-shenyang/');
    expect(absoluteUrl('https://example.org/', '/sub/', '/sitemap-index.xml')).toBe(
      'https://example.org/sub/sitemap-index.xml',
    );
  });

  it('builds section, share and image paths under any base', () => {
    const sub = createRoutes({ site: 'https://example.org', base: '/sub/' }, '', CHARTS);
    const root = createRoutes({ site: 'http://localhost:4321', base: '/' }, '', CHARTS);
    expect(sub.section('shunyi')).toBe('/sub/shunyi/');
    expect(sub.absolute('shunyi/')).toBe('https://example.org/sub/shunyi/');
    expect(root.absolute('shunyi/')).toBe('http://localhost:4321/shunyi/');
    expect(shareImagePath('shunyi')).toBe('og/shunyi.png');
    expect(sub.shareImage('shunyi')).toBe('/sub/og/shunyi.png');
    expect(sub.storyAt('shunyi')).toBe('/sub/#shunyi');
    expect(root.storyAt('shunyi')).toBe('/#shunyi');
  });

  it('puts an edition under its prefix, and shared files at the root', () => {
    const de = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/', CHARTS);
    expect(de.story()).toBe('/sub/de/');
    expect(de.section('bmw-shenyang')).toBe('/sub/de/bmw-shenyang/');
    expect(de.entity('du-yue')).toBe('/sub/de/#who-du-yue');
    expect(de.fact('forum-length')).toBe('/sub/de/sources/#fact-forum-length');
    expect(de.corrections('correction-x')).toBe('/sub/de/corrections/#correction-x');
    expect(de.chartCsv('bmw-investment')).toBe('/sub/de/data/bmw-investment.csv');
    expect(de.absolute()).toBe('https://example.org/sub/de/');
    expect(de.asset('favicon.svg')).toBe('/sub/favicon.svg');
  });

  it('links within the page by fragment alone, the same fragments the page links carry', () => {
    const de = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/', CHARTS);
    expect(de.here.section('bmw-shenyang')).toBe('#bmw-shenyang');
    expect(de.here.entity('du-yue')).toBe('#who-du-yue');
    expect(de.here.fact('forum-length')).toBe('#fact-forum-length');
    expect(de.here.anchor('glossary')).toBe('#glossary');
    expect(de.storyAt('bmw-shenyang')).toBe(`${de.story()}${de.here.section('bmw-shenyang')}`);
    expect(de.entity('du-yue')).toBe(`${de.story()}${de.here.entity('du-yue')}`);
    expect(de.full(de.corrections('correction-x'))).toBe('https://example.org/sub/de/corrections/#correction-x');
  });
});

describe('embeds, chart files and citations', () => {
  const de = createRoutes({ site: 'https://example.org', base: '/sub/' }, 'de/', CHARTS);
  const root = createRoutes({ site: 'http://localhost:4321', base: '/' }, '', CHARTS);

  it('puts embed pages, chart images and citation files under the edition, and the script at the base', () => {
    expect(root.embed('bmw-investment')).toBe('/embed/bmw-investment/');
    expect(de.embed('bmw-investment')).toBe('/sub/de/embed/bmw-investment/');
    expect(de.chartImage('bmw-investment', 'svg')).toBe('/sub/de/data/bmw-investment.svg');
    expect(de.citation('json')).toBe('/sub/de/citation.json');
    expect(de.citation('bib')).toBe('/sub/de/citation.bib');
    expect(de.embedScript()).toBe('/sub/embed.js');
    expect(root.embedScript()).toBe('/embed.js');
  });

  it('makes a path absolute on the site', () => {
    expect(de.full(de.embed('locator-map'))).toBe('https://example.org/sub/de/embed/locator-map/');
    expect(root.full(root.embedScript())).toBe('http://localhost:4321/embed.js');
  });

  it('tells embed pages from other pages, in any edition and under any base', () => {
    expect(isEmbedPage('https://example.org/embed/bmw-investment/')).toBe(true);
    expect(isEmbedPage('https://example.org/sub/de/embed/locator-map/')).toBe(true);
    expect(isEmbedPage('https://example.org/sub/de/')).toBe(false);
    expect(isEmbedPage('https://example.org/embed/')).toBe(false);
    expect(isEmbedPage('https://example.org/embedded/x/')).toBe(false);
    expect(isEmbedPage('https://example.org/embed/x/oembed.json')).toBe(false);
  });

  it('finds the edition prefixes the build wrote embed pages under, for every story and language', () => {
    const files = [
      'index.html',
      'embed/map/index.html',
      'embed/bar/index.html',
      'embed/map/oembed.json',
      'de/embed/map/index.html',
      'other-story/embed/bar/index.html',
      'de/other-story/embed/bar/index.html',
      'no-charts/index.html',
      'embedded/x/index.html',
      'my-embed/index.html',
    ];
    expect(embedEditionPrefixes(files)).toEqual(['', 'de/', 'de/other-story/', 'other-story/']);
    expect(embedEditionPrefixes(['index.html'])).toEqual([]);
  });
});

describe('quoteFragmentUrl', () => {
  it('quotes a short passage whole, without its quotation marks', () => {
    expect(quoteFragmentUrl('https://example.org/a/', '“true interdependence”')).toBe(
      'https://example.org/a/#:~:text=true%20interdependence',
    );
  });

  it('matches a long quote by its first and last words, escaping the characters text fragments reserve', () => {
    const url = quoteFragmentUrl(
      'https://example.org/a/#old',
      '“Our development is embedded in the process of Sino-German cooperation, for mutual benefit & more.”',
    );
    expect(url).toBe('https://example.org/a/#:~:text=Our%20development%20is%20embedded,mutual%20benefit%20%26%20more.');
    expect(quoteFragmentUrl('https://example.org/a/', 'a well-known phrase')).toBe(
      'https://example.org/a/#:~:text=a%20well%2Dknown%20phrase',
    );
  });

  it('returns the page itself for an empty quote', () => {
    expect(quoteFragmentUrl('https://example.org/a/', ' “” ')).toBe('https://example.org/a/');
  });
});
