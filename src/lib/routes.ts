/**
 * Every address an edition links to, base path and language prefix included.
 * Pages, components, feeds, share tags and data files take their links from
 * here and nowhere else, so the site works at a domain root or under a
 * sub-path, and a new edition under `/de/` is one prefix. Knows nothing about
 * Astro or the content.
 */
import { entityAnchor, termAnchor } from './entities.ts';
import { absoluteUrl, shareImagePath, storyAnchor, withBase, type SiteSettings } from './urls.ts';

/** The links of one edition. */
export interface Routes {
  /** The settings the links are made from. */
  readonly settings: SiteSettings;
  /** The edition's path prefix below the base: "" for English, "de/" for German. */
  readonly prefix: string;
  /** A site path of this edition, from the site root: `path('sources/')` → `/sub/de/sources/`. */
  path(path?: string): string;
  /** The same path as an absolute URL. */
  absolute(path?: string): string;
  /** The story page. */
  story(): string;
  /** The story page opened at a section: `/sub/#bmw-shenyang`. */
  storyAt(slug: string): string;
  /** A section's own page: `/sub/bmw-shenyang/`. */
  section(slug: string): string;
  /** A who's-who entry on the story page. */
  entity(id: string): string;
  /** A glossary entry on the story page. */
  term(id: string): string;
  /** Sources & method. */
  sources(): string;
  /** A fact's row on the sources page. */
  fact(id: string): string;
  /** The corrections page, or one entry on it. */
  corrections(anchor?: string): string;
  /** The Atom feed. */
  feed(): string;
  /** All facts as JSON or CSV. */
  factsData(format: 'json' | 'csv'): string;
  /** A chart's CSV. */
  chartCsv(id: string): string;
  /** A share image (`story` or a section slug). */
  shareImage(name: string): string;
  /** A file at the site root shared by every edition (favicon, robots.txt, sitemap). */
  asset(path: string): string;
  /** The page a site path shows, relative to this edition: `/sub/de/shunyi/` → `shunyi/`. */
  pageOf(pathname: string): string;
}

/** Site path of a chart's CSV below an edition: `data/bmw-investment.csv`. */
export function chartCsvPath(id: string): string {
  return `data/${id}.csv`;
}

/** Makes the links of the edition served under `prefix` ("" or "de/"). */
export function createRoutes(settings: SiteSettings, prefix = ''): Routes {
  const local = (path = '') => `${prefix}${path.replace(/^\/+/, '')}`;
  const path = (p = '') => withBase(settings.base, local(p));
  return {
    settings,
    prefix,
    path,
    absolute: (p = '') => absoluteUrl(settings.site, settings.base, local(p)),
    story: () => path(),
    storyAt: (slug) => `${path()}${storyAnchor(slug)}`,
    section: (slug) => path(`${slug}/`),
    entity: (id) => `${path()}#${entityAnchor(id)}`,
    term: (id) => `${path()}#${termAnchor(id)}`,
    sources: () => path('sources/'),
    fact: (id) => `${path('sources/')}#fact-${id}`,
    corrections: (anchor) => (anchor ? `${path('corrections/')}#${anchor}` : path('corrections/')),
    feed: () => path('feed.xml'),
    factsData: (format) => path(`facts.${format}`),
    chartCsv: (id) => path(chartCsvPath(id)),
    shareImage: (name) => path(shareImagePath(name)),
    asset: (p) => withBase(settings.base, p),
    pageOf: (pathname) => {
      const root = path();
      const page = pathname.startsWith(root) ? pathname.slice(root.length) : '';
      // The 404 page is the edition's home for other editions; index.html is its folder.
      return /^404(\.html|\/)?$/.test(page) ? '' : page.replace(/(^|\/)index\.html$/, '$1');
    },
  };
}
