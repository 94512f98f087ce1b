/**
 * Every address an edition links to, base path and language prefix included.
 * Pages, components, feeds, share tags and data files take their links from
 * here and nowhere else, so the site works at a domain root or under a
 * sub-path, and a new edition under `/de/` is one prefix. Knows nothing about
 * Astro or the content, beyond the ids of the story's charts its chart links are checked against.
 */
import { entityAnchor, termAnchor } from '../story/entities.ts';
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
  /** A chart as a standalone image: `data/bmw-investment.svg` or `.png`. */
  chartImage(id: string, format: ChartImageFormat): string;
  /** A chart's embed page, the address an `<iframe>` shows: `/sub/embed/bmw-investment/`. */
  embed(id: string): string;
  /** The oEmbed JSON of a chart's embed page. */
  oembed(id: string): string;
  /** How to cite the explainer, as a file for reference managers: CSL-JSON or BibTeX. */
  citation(format: CitationFormat): string;
  /** The optional auto-height script a host page loads beside an embed (one file for every edition). */
  embedScript(): string;
  /** A path made by these routes (`/sub/embed/x/`) as an absolute URL, for text that leaves the site. */
  full(href: string): string;
  /** A share image (`story` or a section slug). */
  shareImage(name: string): string;
  /** A file at the site root shared by every edition (favicon, robots.txt, sitemap). */
  asset(path: string): string;
  /** The page a site path shows, relative to this edition: `/sub/de/shunyi/` → `shunyi/`. */
  pageOf(pathname: string): string;
  /** Links within the page being read, fragment only. */
  readonly here: InPageLinks;
}

/** Links to an element of the page being read: `#bmw-shenyang`. */
export interface InPageLinks {
  /** A section of the story page. */
  section(slug: string): string;
  /** A who's-who entry. */
  entity(id: string): string;
  /** A fact's row on the sources page. */
  fact(id: string): string;
  /** Any other element with an id (`whos-who`, `main`). */
  anchor(id: string): string;
}

/** The in-page links; every edition's are the same. */
const HERE: InPageLinks = {
  section: (slug) => storyAnchor(slug),
  entity: (id) => `#${entityAnchor(id)}`,
  fact: (id) => `#fact-${id}`,
  anchor: (id) => `#${id}`,
};

/** Site path of a chart's CSV below an edition: `data/bmw-investment.csv`. */
function chartCsvPath(id: string): string {
  return `data/${id}.csv`;
}

/** The image formats a chart downloads as. */
export type ChartImageFormat = 'svg' | 'png';

/** Site path of a chart's image below an edition: `data/bmw-investment.svg`. */
function chartImagePath(id: string, format: ChartImageFormat): string {
  return `data/${id}.${format}`;
}

/** The folder of the embed pages below an edition; host files allow framing there and nowhere else. */
export const EMBED_FOLDER = 'embed/';

/** Site path of a chart's embed page below an edition: `embed/bmw-investment/`. */
function chartEmbedPath(id: string): string {
  return `${EMBED_FOLDER}${id}/`;
}

/**
 * True for the URL of a chart's embed page, in any edition and under any base:
 * those pages are `noindex` and stay out of the sitemap.
 *
 * @example isEmbedPage('https://example.org/sub/de/embed/bmw-investment/') // true
 */
export function isEmbedPage(url: string): boolean {
  return new RegExp(`(^|/)${EMBED_FOLDER}[^/]+/$`).test(new URL(url, 'http://x.invalid').pathname);
}

/**
 * The edition prefixes the build wrote embed pages under, from its files (paths below the output
 * folder), sorted: one per edition of every story with a chart, whatever the stories and languages.
 *
 * @example embedEditionPrefixes(['embed/map/index.html', 'de/x/embed/map/index.html', 'x/index.html']) // ['', 'de/x/']
 */
export function embedEditionPrefixes(files: readonly string[]): string[] {
  const page = new RegExp(`^((?:[^/]+/)*?)${EMBED_FOLDER}[^/]+/index\\.html$`);
  const prefixes = files.flatMap((file) => {
    const match = page.exec(file);
    return match ? [match[1] ?? ''] : [];
  });
  return [...new Set(prefixes)].sort();
}

/** The citation file formats: CSL-JSON (`citation.json`) and BibTeX (`citation.bib`). */
export type CitationFormat = 'json' | 'bib';

/** Site path of the citation file below an edition: `citation.json`. */
function citationPath(format: CitationFormat): string {
  return `citation.${format}`;
}

/** The auto-height script, at the root of the base (a file in `public/`). */
const EMBED_SCRIPT_FILE = 'embed.js';

/** Thrown when a link names a chart that does not exist. */
export class RouteError extends Error {
  override name = 'RouteError';
}

/** The id a chart link names, checked against the story's charts (its charts.yaml). */
function checkedChartId(charts: readonly string[], id: string, link: string): string {
  if (!charts.includes(id)) {
    const known = charts.length ? `the story's charts are ${charts.join(', ')}` : 'the story has no charts';
    throw new RouteError(`${link} link: "${id}" is not a chart of the story (charts.yaml); ${known}`);
  }
  return id;
}

/**
 * Makes the links of the edition served under `prefix` ("" or "de/"); `charts`, the ids of the
 * story's charts, are the only charts its chart links may name.
 */
export function createRoutes(settings: SiteSettings, prefix = '', charts: readonly string[] = []): Routes {
  const chartId = (id: string, link: string) => checkedChartId(charts, id, link);
  const local = (path = '') => `${prefix}${path.replace(/^\/+/, '')}`;
  const path = (p = '') => withBase(settings.base, local(p));
  return {
    settings,
    prefix,
    path,
    absolute: (p = '') => absoluteUrl(settings.site, settings.base, local(p)),
    story: () => path(),
    storyAt: (slug) => `${path()}${HERE.section(slug)}`,
    section: (slug) => path(`${slug}/`),
    entity: (id) => `${path()}${HERE.entity(id)}`,
    term: (id) => `${path()}${HERE.anchor(termAnchor(id))}`,
    sources: () => path('sources/'),
    fact: (id) => `${path('sources/')}${HERE.fact(id)}`,
    corrections: (anchor) => (anchor ? `${path('corrections/')}${HERE.anchor(anchor)}` : path('corrections/')),
    feed: () => path('feed.xml'),
    factsData: (format) => path(`facts.${format}`),
    chartCsv: (id) => path(chartCsvPath(chartId(id, 'chart CSV'))),
    chartImage: (id, format) => path(chartImagePath(chartId(id, `chart ${format.toUpperCase()}`), format)),
    embed: (id) => path(chartEmbedPath(chartId(id, 'embed'))),
    oembed: (id) => path(`${chartEmbedPath(chartId(id, 'oEmbed'))}oembed.json`),
    citation: (format) => path(citationPath(format)),
    embedScript: () => withBase(settings.base, EMBED_SCRIPT_FILE),
    full: (href) => new URL(href, settings.site).href,
    shareImage: (name) => path(shareImagePath(name)),
    asset: (p) => withBase(settings.base, p),
    pageOf: (pathname) => {
      const root = path();
      const page = pathname.startsWith(root) ? pathname.slice(root.length) : '';
      // The 404 page is the edition's home for other editions; index.html is its folder.
      return /^404(\.html|\/)?$/.test(page) ? '' : page.replace(/(^|\/)index\.html$/, '$1');
    },
    here: HERE,
  };
}
