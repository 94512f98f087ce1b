/**
 * An edition: one story in one language, built once and handed down. Pages get
 * it from `Astro.locals.edition` (set by `src/middleware.ts`) or call
 * `loadEdition` in `getStaticPaths`; components render what it holds and never
 * load data themselves.
 *
 * content files → validated model → edition { model, t, fmt, routes, charts } → components → pages
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, openGraphLocales, uiStrings, type Locale } from '../i18n/locales.ts';
import type { UiStrings } from '../i18n/schema.ts';
import { PSEUDO, pseudoFormatter, pseudoStrings } from '../i18n/pseudo.ts';
import type { ChartContext } from '../lib/charts/context.ts';
import { chartCsv, chartRows, type ChartDataRow } from '../lib/charts/data.ts';
import {
  chartDefinition,
  chartText,
  layoutChart,
  type BaseLayout,
  type ChartDefinition,
  type ChartText,
} from '../lib/charts/registry.ts';
import type { ChartEntry } from '../lib/content/schema.ts';
import { layoutFrame, pngSize, type StandaloneFrame } from '../lib/charts/standalone.ts';
import type { CitationSource } from '../lib/publish/citation.ts';
import type { OpenGraphLocales } from '../lib/publish/seo.ts';
import { embedHeights, type EmbedHeights } from '../lib/publish/embed.ts';
import { factText, factValueText, fillFacts } from '../lib/story/facts.ts';
import { createFormatter, type Formatter, type NumberStyle } from '../lib/text/format.ts';
import { createRoutes, type Routes } from '../lib/site/routes.ts';
import { storyReadingMinutes } from '../lib/story/reading-time.ts';
import { fill } from '../lib/text/fill.ts';
import { findReferences } from '../lib/content/rules/mdx.ts';
import {
  loadStoryModel,
  siteDigest,
  storyEditionLocales,
  storyHeadlines,
  storyIdsOfSite,
  type StoryModel,
} from './story.ts';

/** A chart as an edition shows it: its definition, words, layout and data. */
export interface EditionChart {
  id: string;
  /** Its type's name, which names its marks component (src/components/charts/marks/{type}.astro). */
  type: ChartDefinition['type'];
  definition: ChartDefinition;
  /** Title, takeaway, description and source line in the edition's language. */
  text: ChartText;
  /** The laid-out geometry the chart's marks component draws. */
  layout: BaseLayout;
  /** The numbers behind it, one row per fact. */
  rows: ChartDataRow[];
  /** Its CSV download, as text. */
  csv: string;
  /** Link to the CSV download. */
  csvHref: string;
  /** The first section that shows the chart (its embed links back there), if any does. */
  section?: { slug: string; title: string };
  /** Absolute URL of the page the chart is read on: its section's page, or the story. */
  homeUrl: string;
  /** Heights of its embed without the auto-height script: narrow, wide and the one published. */
  embed: EmbedHeights;
  /** The frame of its standalone SVG and PNG: title above, source and credit below. */
  frame: StandaloneFrame;
  /** Size of its PNG download, in pixels. */
  png: { width: number; height: number };
}

/** Which edition: one story in one language. */
export interface EditionKey {
  /** The story's id (its folder under content/stories/). */
  story: string;
  locale: Locale;
}

/** One story in one language. */
export interface Edition {
  /** The story this edition shows. */
  story: string;
  locale: Locale;
  /** `<html lang>` of its pages. */
  lang: string;
  /** Its `og:locale`, and the other editions' `og:locale:alternate`. */
  openGraph: OpenGraphLocales;
  /** The validated story, placeholders filled in this language. */
  model: StoryModel;
  /** Every word the site prints that is not content. */
  t: UiStrings;
  /** Numbers, dates and units for this language. */
  fmt: Formatter;
  /** Every link the edition makes. */
  routes: Routes;
  /** False on a deploy preview or branch build: pages say `noindex`, robots.txt disallows (astro.config.mjs). */
  indexable: boolean;
  /** The story's charts by id (charts.yaml order), laid out once for this edition. */
  charts: ReadonlyMap<string, EditionChart>;
  /** The explainer and its report as a citation needs them (src/lib/publish/citation.ts). */
  citation: CitationSource;
  /** A fact as readers see it: "20 billion yuan". */
  fact(id: string, style?: NumberStyle): string;
  /** A fact's number alone: "20 billion". */
  factValue(id: string, style?: NumberStyle): string;
  /** Text with `{{fact}}` placeholders filled in. */
  fill(text: string): string;
  /** Minutes to read the story's sections, at this language's reading speed. */
  readingMinutes: number;
  /** Every edition of this story, this one included, default first: for the language switcher and hreflang links. */
  editions: readonly EditionLink[];
  /** Every story of the site in this language where it has one, this one included, the front story first. */
  stories: readonly StoryLink[];
  /** The story index of this language (`/stories/`), when the site has more than one story. */
  storyIndex?: string;
}

/** A story of the site as another story's page links to it. */
export interface StoryLink {
  story: string;
  /** The language of the words below (the story's default edition where it has none in this language). */
  lang: string;
  headline: string;
  dek: string;
  /** Its page. */
  href: string;
  /** True for the edition's own story. */
  current: boolean;
}

/** Another edition as a page links to it. */
export interface EditionLink {
  locale: Locale;
  /** Its language tag. */
  lang: string;
  /** Its language named in itself. */
  name: string;
  /** Its links. */
  routes: Routes;
}

const cache = new Map<string, Promise<Edition>>();

/** The edition's words and formatter, bracketed when the pseudo-locale is on. */
function editionText(locale: Locale): { t: UiStrings; fmt: Formatter } {
  const checked = uiStrings(locale);
  const t = PSEUDO ? pseudoStrings(checked) : checked;
  const fmt = PSEUDO ? pseudoFormatter(createFormatter(t.format)) : createFormatter(t.format);
  return { t, fmt };
}

/** Whether the build may be indexed, as astro.config.mjs sets it. */
function siteIndexable(): boolean {
  const indexable: unknown = import.meta.env.SITE_INDEXABLE;
  if (typeof indexable !== 'boolean')
    throw new Error('astro.config.mjs: import.meta.env.SITE_INDEXABLE is not defined');
  return indexable;
}

/** The first section whose text places each chart. */
function chartPlacements(model: StoryModel): Map<string, { slug: string; title: string }> {
  const placed = new Map<string, { slug: string; title: string }>();
  for (const section of model.sections) {
    for (const ref of findReferences(section.tree)) {
      if (ref.tag === 'Chart' && !placed.has(ref.id)) placed.set(ref.id, { slug: section.slug, title: section.title });
    }
  }
  return placed;
}

interface ChartInputs {
  model: StoryModel;
  t: UiStrings;
  fmt: Formatter;
  routes: Routes;
  placed: Map<string, { slug: string; title: string }>;
}

/** One chart laid out for the edition, with its data, embed heights and standalone frame. */
function editionChart(chart: ChartEntry, { model, t, fmt, routes, placed }: ChartInputs): EditionChart {
  const { facts, story } = model;
  const { id } = chart;
  const definition = chartDefinition(chart);
  const ctx: ChartContext = {
    id,
    roles: definition.roles,
    facts,
    fmt,
    words: chart.words,
    compass: t.compass,
    countries: t.countries,
  };
  const text = chartText(definition, ctx);
  const layout = layoutChart(definition, ctx);
  const section = placed.get(id);
  const homeUrl = routes.full(section ? routes.section(section.slug) : routes.story());
  const frame = layoutFrame({
    width: layout.width,
    height: layout.height,
    title: text.title,
    source: text.source,
    credit: `${story.siteName} · ${homeUrl}`,
  });
  return {
    id,
    type: definition.type,
    definition,
    text,
    layout,
    rows: chartRows(definition, facts, fmt, t.chart),
    csv: chartCsv(definition, facts, fmt, t.chart),
    csvHref: routes.chartCsv(id),
    ...(section ? { section } : {}),
    homeUrl,
    embed: embedHeights({
      width: layout.width,
      height: layout.height,
      title: text.title,
      takeaway: text.takeaway,
      source: text.source,
      from: fill(t.embed.from, { story: story.headline }),
    }),
    frame,
    png: pngSize(frame),
  };
}

/** The explainer and its report as a citation needs them. */
function editionCitation(model: StoryModel, lang: string, routes: Routes): CitationSource {
  const { story } = model;
  return {
    siteName: story.siteName,
    headline: story.headline,
    lang,
    url: routes.absolute(),
    updated: model.modified,
    report: {
      publisher: story.source.publisher,
      headline: story.source.headline,
      date: story.source.published,
      url: story.source.url,
      dateline: story.source.dateline,
      kind: story.source.kind,
      dating: model.dating.citation,
    },
  };
}

/** Minutes to read the sections, facts, names and quotes read as the page prints them. */
function editionReadingMinutes(model: StoryModel, fmt: Formatter, t: UiStrings): number {
  return storyReadingMinutes(
    model.sections.map((section) => section.tree),
    {
      fact: (id) => factText(model.facts, id, fmt),
      who: (id) => model.entities.get(id)?.name ?? '',
      quote: (id) => {
        const quote = model.quotes.get(id);
        if (!quote) return '';
        const speaker = model.entities.get(quote.speaker);
        return `${quote.translation ?? quote.text} ${speaker?.shortName ?? speaker?.name ?? ''} ${quote.affiliation}`;
      },
    },
    t.format.reading,
  );
}

/** The locales a story is built in: the default first, then those it has editions for, of those this build makes. */
export function storyLocales(story: string): Locale[] {
  const own = new Set(storyEditionLocales(story));
  return LOCALE_CODES.filter((code) => code === DEFAULT_LOCALE || own.has(code));
}

/** Every edition the build makes: each story in each of its languages, the front story first. */
export function editionKeys(): EditionKey[] {
  return storyIdsOfSite().flatMap((story) => storyLocales(story).map((locale) => ({ story, locale })));
}

/** An edition's path prefix below the base: "", "de/", "other-story/", "de/other-story/". */
export function editionPrefix({ story, locale }: EditionKey): string {
  return `${LOCALES[locale].prefix}${story === storyIdsOfSite()[0] ? '' : `${story}/`}`;
}

/**
 * The route parameter of an edition's pages (`src/pages/[...lang]/`): its path prefix without the
 * slash, so a language first, then the story unless it is the front story (none for the front
 * story's default edition). A language's own pages (`src/pages/[lang]/404.astro`) are its front story's.
 */
export function editionParam(key: EditionKey): string | undefined {
  return editionPrefix(key).replace(/\/$/, '') || undefined;
}

/** The edition a `[...lang]` route parameter names; an unknown one stops the build. */
export function editionOf(param: string | undefined): EditionKey {
  const found = editionKeys().find((key) => editionParam(key) === (param || undefined));
  if (!found)
    throw new Error(
      `unknown edition "${param}"; editions: ${editionKeys()
        .map((k) => editionParam(k) ?? '/')
        .join(', ')}`,
    );
  return found;
}

/**
 * The cache key of every page the editions make (`cacheKey` in `getStaticPaths`; Astro's
 * `experimental.incrementalBuild`, astro.config.mjs): a page of a rebuild whose key and code are those
 * of the last build is copied from it instead of rendered again. Any page may show any story's words
 * (the other stories' links, the story index), so the key is one for the whole site: every content
 * file's text (`siteDigest`), and what else decides a page that Astro's own hashes leave out: the
 * languages this build makes (EDITIONS), the pseudo-locale switch and the Node.js that formats
 * numbers and dates (its Intl data). Astro adds the config (site, base, defines), the lockfile and
 * each page's module graph. A changed content file therefore renders every page again.
 */
export function pageCacheKey(): string {
  return createHash('sha256')
    .update(JSON.stringify({ content: siteDigest(), locales: LOCALE_CODES, pseudo: PSEUDO, node: process.version }))
    .digest('hex');
}

/** `getStaticPaths` of a page every edition has (under `src/pages/[...lang]/`): one path per edition. */
export function editionPaths(): {
  params: { lang: string | undefined };
  props: { key: EditionKey };
  cacheKey: string;
}[] {
  const cacheKey = pageCacheKey();
  return editionKeys().map((key) => ({ params: { lang: editionParam(key) }, props: { key }, cacheKey }));
}

/**
 * `getStaticPaths` of the story index (`/stories/` in each language): one path per edition of the front
 * story, and none on a site with one story.
 */
export function storyIndexPaths(): ReturnType<typeof editionPaths> {
  const [front, ...others] = storyIdsOfSite();
  return others.length === 0 ? [] : editionPaths().filter(({ props }) => props.key.story === front);
}

/** One path of a page an edition has several of (a section, a chart, a share image). */
interface EditionPagePath<P> {
  params: Record<string, string>;
  props: P;
}

/**
 * `getStaticPaths` of a page each edition has several of: `each` lists them for one edition; the
 * edition's own parameter is added.
 */
export async function pathsOfEditions<P>(
  each: (edition: Edition) => EditionPagePath<P>[],
): Promise<{ params: Record<string, string | undefined>; props: P; cacheKey: string }[]> {
  const editions = await Promise.all(editionKeys().map((key) => loadEdition(key)));
  const cacheKey = pageCacheKey();
  return editions.flatMap((edition) =>
    each(edition).map(({ params, props }) => ({
      params: { lang: editionParam(edition), ...params },
      props,
      cacheKey,
    })),
  );
}

/** The params of a chart's pages (embed page, oEmbed record, files): one per edition and chart of its story. */
export function chartPaths(): Promise<
  { params: Record<string, string | undefined>; props: Record<string, never>; cacheKey: string }[]
> {
  return pathsOfEditions((edition) => [...edition.charts.keys()].map((chart) => ({ params: { chart }, props: {} })));
}

/** A chart of the edition, by the id a page's address names (`page`, in the error); an unknown one stops the build. */
export function chartFor(edition: Edition, id: string | undefined, page: string): EditionChart {
  const chart = edition.charts.get(id ?? '');
  if (!chart) {
    const known = [...edition.charts.keys()].join(', ') || 'none';
    throw new Error(
      `${edition.routes.path(page.replace(/^\//, ''))}: "${id ?? ''}" is not a chart of the story (charts: ${known})`,
    );
  }
  return chart;
}

/** Every story as this language's pages link to it. */
function storyLinks(current: string, locale: Locale, settings: SiteSettingsOf): StoryLink[] {
  return storyHeadlines(locale).map((story) => {
    const shown = storyLocales(story.id).includes(locale) ? locale : DEFAULT_LOCALE;
    const routes = createRoutes(settings, editionPrefix({ story: story.id, locale: shown }));
    return {
      story: story.id,
      lang: LOCALES[shown].lang,
      headline: story.headline,
      dek: story.dek,
      href: routes.story(),
      current: story.id === current,
    };
  });
}

type SiteSettingsOf = Parameters<typeof createRoutes>[0];

async function build({ story: id, locale }: EditionKey): Promise<Edition> {
  const info = LOCALES[locale];
  const { t, fmt } = editionText(locale);
  const settings = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };
  const indexable = siteIndexable();
  const model = await loadStoryModel({ story: id, locale, defaultLocale: DEFAULT_LOCALE, fmt });
  // Chart links are checked against the story's charts.
  const chartIds = model.charts.map((chart) => chart.id);
  const routes = createRoutes(settings, editionPrefix({ story: id, locale }), chartIds);
  const editions = storyLocales(id).map((code) => ({
    locale: code,
    lang: LOCALES[code].lang,
    name: LOCALES[code].name,
    routes: createRoutes(settings, editionPrefix({ story: id, locale: code }), chartIds),
  }));
  const stories = storyLinks(id, locale, settings);
  const { facts } = model;
  const placed = chartPlacements(model);
  const charts = new Map<string, EditionChart>(
    model.charts.map((chart) => [chart.id, editionChart(chart, { model, t, fmt, routes, placed })]),
  );
  return {
    story: id,
    locale,
    lang: info.lang,
    openGraph: openGraphLocales(locale, storyLocales(id)),
    model,
    t,
    fmt,
    routes,
    indexable,
    charts,
    citation: editionCitation(model, info.lang, routes),
    fact: (id, style) => factText(facts, id, fmt, style),
    factValue: (id, style) => factValueText(facts, id, fmt, style),
    fill: (text) => fillFacts(text, facts, fmt),
    editions,
    stories,
    ...(stories.length > 1 ? { storyIndex: createRoutes(settings, info.prefix).path('stories/') } : {}),
    readingMinutes: editionReadingMinutes(model, fmt, t),
  };
}

/** An edition, built once per build (afresh on every request in dev). */
export function loadEdition(key: EditionKey): Promise<Edition> {
  if (import.meta.env.DEV) return build(key);
  const id = `${key.story}/${key.locale}`;
  let edition = cache.get(id);
  if (!edition) cache.set(id, (edition = build(key)));
  return edition;
}
