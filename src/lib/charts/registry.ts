/**
 * The four charts by id: their sizes, the words around them (title, takeaway,
 * description, source line), the numbers behind them as table rows and CSV,
 * and one entry point that lays any of them out.
 *
 * Every number in the words is read from the fact book. Knows nothing about
 * Astro; components and the CSV endpoint call it.
 */
import { csvFormat } from 'd3';
import { factPoint, factText, factValueText, getFact, type FactBook, type ResolvedFact } from '../facts.ts';
import { valueColumns } from '../fact-export.ts';
import { BMW_FACTS, layoutDualScaleBar, type DualScaleBarLayout } from './bmw-investment.ts';
import type { ChartSize } from './geometry.ts';
import type { ChartId } from './ids.ts';
import { compassDirection, layoutLocatorMap, MAP_FACTS, type LocatorMapLayout } from './locator-map.ts';
import { layoutScaleComparison, PONYAI_FACTS, type ScaleComparisonLayout } from './ponyai-scale.ts';
import { layoutUnitChart, SHUNYI_FACTS, type UnitChartLayout } from './shunyi-facilities.ts';

export { CHART_IDS, isChartId, type ChartId } from './ids.ts';

/**
 * The one size each chart is laid out at, in SVG units. Every chart is drawn
 * once: 320 units wide with 14-unit text, shown from 288 px (a 320 px screen
 * less page margins, so text never renders under 12 px) up to 440 px (the cap
 * in src/styles/charts.css, where it renders at about 19 px), so one drawing
 * reads on a phone and on a desktop.
 */
export const CHART_SIZES: Record<ChartId, ChartSize> = {
  'shunyi-facilities': { width: 320, height: 232 },
  'bmw-investment': { width: 320, height: 184 },
  'locator-map': { width: 320, height: 300 },
  'ponyai-scale': { width: 320, height: 318 },
};

/** A chart laid out, tagged with its id so components can pick the right marks. */
export type ChartLayout =
  | { id: 'shunyi-facilities'; layout: UnitChartLayout }
  | { id: 'bmw-investment'; layout: DualScaleBarLayout }
  | { id: 'locator-map'; layout: LocatorMapLayout }
  | { id: 'ponyai-scale'; layout: ScaleComparisonLayout };

/** Layouts already computed, per fact book, by chart and size. */
const laidOut = new WeakMap<FactBook, Map<string, ChartLayout>>();

/**
 * Lays out a chart at a size. Layouts are pure, so each (fact book, chart,
 * size) is computed once per build and shared: the story page and the
 * section's own page draw the same chart, and the map takes about a second.
 */
export function layoutChart(id: ChartId, facts: FactBook, size: ChartSize): ChartLayout {
  let cache = laidOut.get(facts);
  if (!cache) laidOut.set(facts, (cache = new Map()));
  const key = `${id} ${size.width}×${size.height}`;
  let chart = cache.get(key);
  if (!chart) cache.set(key, (chart = computeLayout(id, facts, size)));
  return chart;
}

function computeLayout(id: ChartId, facts: FactBook, size: ChartSize): ChartLayout {
  switch (id) {
    case 'shunyi-facilities':
      return { id, layout: layoutUnitChart(facts, size) };
    case 'bmw-investment':
      return { id, layout: layoutDualScaleBar(facts, size) };
    case 'locator-map':
      return { id, layout: layoutLocatorMap(facts, size) };
    case 'ponyai-scale':
      return { id, layout: layoutScaleComparison(facts, size) };
  }
}

/** Fact ids behind each chart, in table and CSV order. */
export const CHART_FACTS: Record<ChartId, readonly string[]> = {
  'shunyi-facilities': [
    SHUNYI_FACTS.plants,
    SHUNYI_FACTS.plantExample,
    SHUNYI_FACTS.rdCentres,
    SHUNYI_FACTS.rdExample,
    SHUNYI_FACTS.total,
  ],
  'bmw-investment': [BMW_FACTS.cny, BMW_FACTS.usd, BMW_FACTS.rate],
  'locator-map': [MAP_FACTS.from, MAP_FACTS.to, MAP_FACTS.radius, MAP_FACTS.distance],
  'ponyai-scale': [PONYAI_FACTS.km, PONYAI_FACTS.equator, PONYAI_FACTS.laps, PONYAI_FACTS.orders],
};

/** The words around a chart. */
export interface ChartText {
  /** Short title, shown first in the caption and naming the SVG. */
  title: string;
  /** One sentence saying what to take from the chart. */
  takeaway: string;
  /** What the chart shows, in words, for the SVG's description. */
  description: string;
  /** Where the numbers come from and what was worked out here. */
  source: string;
}

function paragraphOf(facts: FactBook, id: string): string {
  const fact = getFact(facts, id);
  if (!fact.source) throw new Error(`chart source line: fact "${id}" is not from the report`);
  return `¶${fact.source.paragraph}`;
}

function outsideName(facts: FactBook, id: string): string {
  const fact = getFact(facts, id);
  if (!fact.outside) throw new Error(`chart source line: fact "${id}" has no outside source`);
  return fact.outside.name;
}

/** Title, takeaway, description and source line of a chart. */
export function chartText(id: ChartId, facts: FactBook): ChartText {
  const t = (factId: string, words = false) => factText(facts, factId, { words });
  switch (id) {
    case 'shunyi-facilities':
      return {
        title: 'Shunyi’s car plants and R&D centres, as its deputy head gave them',
        takeaway: `Shunyi’s deputy head, Du Yue, said the district had ${t(SHUNYI_FACTS.rdCentres, true)} and ${t(SHUNYI_FACTS.plants, true)}: ${factValueText(facts, SHUNYI_FACTS.total)} in all, added up here.`,
        description:
          `A unit chart with one mark per site. ${t(SHUNYI_FACTS.plants)} are drawn as squares, ` +
          `the first marked as ${t(SHUNYI_FACTS.plantExample)}; ${t(SHUNYI_FACTS.rdCentres)} are drawn as circles, ` +
          `the first marked as ${t(SHUNYI_FACTS.rdExample)}. Together they make ${t(SHUNYI_FACTS.total)}.`,
        source: `Source: report ${paragraphOf(facts, SHUNYI_FACTS.plants)}, the district’s count, given by its deputy head, Du Yue; derived: the total, added up here, is not in the report.`,
      };
    case 'bmw-investment':
      return {
        title: 'BMW’s Shenyang investment, in yuan and in the report’s dollar conversion',
        takeaway: `One amount, two currencies: BMW’s ${t(BMW_FACTS.cny)} is about ${t(BMW_FACTS.usd)} by the report’s conversion, which implies ${t(BMW_FACTS.rate)}, not a market rate.`,
        description:
          `A single bar for BMW’s additional investment in Shenyang. The scale above it reads in yuan and ends at ${t(BMW_FACTS.cny)}; ` +
          `the scale below reads in US dollars and ends at ${t(BMW_FACTS.usd)}. ` +
          `Dividing one by the other gives ${t(BMW_FACTS.rate)}: the report’s conversion rate, worked out here, not a market exchange rate.`,
        source: `Source: report ${paragraphOf(facts, BMW_FACTS.cny)}: the yuan amount is BMW’s announced figure, the dollar amount the report’s conversion; derived: the rate is the yuan amount divided by the dollar amount.`,
      };
    case 'locator-map': {
      const direction = compassDirection(factPoint(facts, MAP_FACTS.from), factPoint(facts, MAP_FACTS.to));
      return {
        title: 'From Shunyi to Shenyang',
        takeaway: `BMW’s Shenyang base lies about ${t(MAP_FACTS.distance)} ${direction} of Shunyi as the crow flies.`,
        description:
          `A map of north-east China and its neighbours. A line runs from Shunyi, in Beijing, ${direction} to Shenyang; ` +
          `it is about ${t(MAP_FACTS.distance)} long, a great-circle distance worked out here from the two places’ coordinates.`,
        source:
          `Source: report ${paragraphOf(facts, 'shenyang-status')} (Shenyang); coordinates: ${outsideName(facts, MAP_FACTS.from)} and ` +
          `${outsideName(facts, MAP_FACTS.to)}; derived: great-circle distance on a sphere of Earth’s mean radius. ` +
          `Outlines: Natural Earth, via world-atlas.`,
      };
    }
    case 'ponyai-scale':
      return {
        title: 'Pony.ai’s driverless testing, in laps of the equator (the company’s figures)',
        takeaway: `Pony.ai says its driverless testing worldwide totalled ${t(PONYAI_FACTS.km)}, enough to circle the equator about ${factValueText(facts, PONYAI_FACTS.laps)} times, and that its robotaxis completed up to ${t(PONYAI_FACTS.orders)}.`,
        description:
          `Circles, each standing for one lap of the equator (${t(PONYAI_FACTS.equator)}): ${t(PONYAI_FACTS.km)} makes about ${t(PONYAI_FACTS.laps)}, ` +
          `the last circle only partly filled. Below, a number line of orders a day marks the range Pony.ai gives, ${t(PONYAI_FACTS.orders)}.`,
        source:
          `Source: report ${paragraphOf(facts, PONYAI_FACTS.km)}, Pony.ai’s own figures, given by its CEO, Peng Jun; equator length: ${outsideName(facts, PONYAI_FACTS.equator)}; ` +
          `derived: laps are the kilometres divided by the equator’s length.`,
      };
  }
}

/** One row of a chart's data table. */
export interface ChartDataRow {
  /** The fact's id. */
  factId: string;
  /** What the number is. */
  label: string;
  /** The value as the page writes it. */
  display: string;
  /** Where it comes from: "Report ¶8", "Derived: …", "Outside: …". */
  origin: string;
}

function originText(fact: ResolvedFact): string {
  if (fact.source) return `Report ¶${fact.source.paragraph}`;
  if (fact.derived) return `Derived: ${fact.derived.explanation}`;
  if (fact.outside) return `Outside source: ${fact.outside.name}`;
  return '';
}

/** The numbers behind a chart, one row per fact. */
export function chartRows(id: ChartId, facts: FactBook): ChartDataRow[] {
  return CHART_FACTS[id].map((factId) => {
    const fact = getFact(facts, factId);
    return {
      factId,
      label: fact.label,
      display: factText(facts, factId),
      origin: originText(fact),
    };
  });
}

/** Column order of every chart CSV. */
export const CHART_CSV_COLUMNS = [
  'fact_id',
  'label',
  'value',
  'value_min',
  'value_max',
  'lat',
  'lon',
  'unit',
  'origin',
  'provenance',
] as const;

/** Site path of a chart's CSV, relative to the base: `data/bmw-investment.csv`. */
export function chartCsvPath(id: ChartId): string {
  return `data/${id}.csv`;
}

/** A chart's numbers as CSV, full precision, one row per fact. */
export function chartCsv(id: ChartId, facts: FactBook): string {
  const rows = CHART_FACTS[id].map((factId) => {
    const fact = getFact(facts, factId);
    return {
      fact_id: factId,
      label: fact.label,
      ...valueColumns(fact.value),
      unit: fact.unit,
      origin: fact.origin,
      provenance: originText(fact),
    };
  });
  return `${csvFormat(rows, [...CHART_CSV_COLUMNS])}\n`;
}
