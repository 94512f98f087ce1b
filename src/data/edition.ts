/**
 * An edition: one story in one language, built once and handed down. Pages get
 * it from `Astro.locals.edition` (set by `src/middleware.ts`) or call
 * `loadEdition` in `getStaticPaths`; components render what it holds and never
 * load data themselves.
 *
 * content files → validated model → edition { model, t, fmt, routes, charts } → components → pages
 */
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, uiStrings, type Locale } from '../i18n/locales.ts';
import type { UiStrings } from '../i18n/schema.ts';
import { PSEUDO, pseudoFormatter, pseudoStrings } from '../i18n/pseudo.ts';
import type { ChartContext } from '../lib/charts/context.ts';
import { chartCsv, chartRows, type ChartDataRow } from '../lib/charts/data.ts';
import {
  CHART_IDS,
  CHARTS,
  type BaseLayout,
  type ChartDefinition,
  type ChartId,
  type ChartText,
} from '../lib/charts/definitions.ts';
import { factText, factValueText, fillFacts } from '../lib/facts.ts';
import { createFormatter, type Formatter, type NumberStyle } from '../lib/format.ts';
import { createRoutes, type Routes } from '../lib/routes.ts';
import { storyReadingMinutes } from '../lib/reading-time.ts';
import { loadStoryModel, type StoryModel } from './story.ts';

/** A chart as an edition shows it: its definition, words, layout and data. */
export interface EditionChart {
  id: ChartId;
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
}

/** One story in one language. */
export interface Edition {
  locale: Locale;
  /** `<html lang>` of its pages. */
  lang: string;
  /** The validated story, placeholders filled in this language. */
  model: StoryModel;
  /** Every word the site prints that is not content. */
  t: UiStrings;
  /** Numbers, dates and units for this language. */
  fmt: Formatter;
  /** Every link the edition makes. */
  routes: Routes;
  /** The charts, laid out once for this edition. */
  charts: ReadonlyMap<ChartId, EditionChart>;
  /** A fact as readers see it: "20 billion yuan". */
  fact(id: string, style?: NumberStyle): string;
  /** A fact's number alone: "20 billion". */
  factValue(id: string, style?: NumberStyle): string;
  /** Text with `{{fact}}` placeholders filled in. */
  fill(text: string): string;
  /** Minutes to read the story's sections, at this language's reading speed. */
  readingMinutes: number;
  /** Every edition, this one included, default first: for the language switcher and hreflang links. */
  editions: readonly EditionLink[];
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

const cache = new Map<Locale, Promise<Edition>>();

async function build(locale: Locale): Promise<Edition> {
  const info = LOCALES[locale];
  const checked = uiStrings(locale);
  const t = PSEUDO ? pseudoStrings(checked) : checked;
  const fmt = PSEUDO ? pseudoFormatter(createFormatter(t.format)) : createFormatter(t.format);
  const settings = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };
  const routes = createRoutes(settings, info.prefix);
  const editions = LOCALE_CODES.map((code) => ({
    locale: code,
    lang: LOCALES[code].lang,
    name: LOCALES[code].name,
    routes: createRoutes(settings, LOCALES[code].prefix),
  }));
  const model = await loadStoryModel(fmt, locale, DEFAULT_LOCALE);
  const { facts } = model;
  const charts = new Map<ChartId, EditionChart>(
    CHART_IDS.map((id) => {
      const definition = CHARTS[id];
      const ctx: ChartContext = { facts, fmt, words: t.charts[id], compass: t.compass, countries: t.countries };
      return [
        id,
        {
          id,
          definition,
          text: definition.text(ctx),
          layout: definition.layout(ctx, definition.size),
          rows: chartRows(definition, facts, fmt, t.chart),
          csv: chartCsv(definition, facts, fmt, t.chart),
          csvHref: routes.chartCsv(id),
        },
      ];
    }),
  );
  return {
    locale,
    lang: info.lang,
    model,
    t,
    fmt,
    routes,
    charts,
    fact: (id, style) => factText(facts, id, fmt, style),
    factValue: (id, style) => factValueText(facts, id, fmt, style),
    fill: (text) => fillFacts(text, facts, fmt),
    editions,
    readingMinutes: storyReadingMinutes(
      model.sections.map((section) => section.tree),
      {
        fact: (id) => factText(facts, id, fmt),
        who: (id) => model.entities.get(id)?.name ?? '',
        quote: (id) => {
          const quote = model.quotes.get(id);
          if (!quote) return '';
          const speaker = model.entities.get(quote.speaker);
          return `${quote.translation ?? quote.text} ${speaker?.shortName ?? speaker?.name ?? ''} ${quote.affiliation}`;
        },
      },
      t.format.reading,
    ),
  };
}

/** The edition for a locale, built once per build (afresh on every request in dev). */
export function loadEdition(locale: Locale): Promise<Edition> {
  if (import.meta.env.DEV) return build(locale);
  let edition = cache.get(locale);
  if (!edition) cache.set(locale, (edition = build(locale)));
  return edition;
}
