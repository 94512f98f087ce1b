/**
 * The charts, each declared once: its id, the one size it is laid out at, the
 * facts behind it (table and CSV order), its layout function and how its
 * words are filled in. The words themselves come from the edition
 * (src/i18n/*.ts › charts.{id}); the marks component that draws a layout is
 * `src/components/charts/marks/{id}.astro`. A story page, a section page, a
 * CSV download and an embed page all render a chart from this definition.
 *
 * Adding a chart: a layout file, one entry here, its words in each language
 * file and one marks component.
 */
import { factPoint, getFact } from '../story/facts.ts';
import { BMW_FACTS, layoutDualScaleBar } from './bmw-investment.ts';
import { chartHelpers, type ChartContext } from './context.ts';
import type { ChartSize, Label } from './geometry.ts';
import { CHART_IDS, CHART_IDS_FILE, isChartId, type ChartId } from './ids.ts';
import { compassDirection, layoutLocatorMap, MAP_FACTS } from './locator-map.ts';
import { layoutScaleComparison, PONYAI_FACTS } from './ponyai-scale.ts';
import { layoutUnitChart, SHUNYI_FACTS } from './shunyi-facilities.ts';

export { CHART_IDS, isChartId, type ChartId } from './ids.ts';

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

/** What every layout has: its size and its text labels. */
export interface BaseLayout extends ChartSize {
  labels: Label[];
}

/** One chart, declared once. */
export interface ChartDefinition<L extends BaseLayout = BaseLayout> {
  id: ChartId;
  /**
   * The one size the chart is laid out at, in SVG units: 320 wide with
   * 14-unit text, shown from 288 px up to 440 px (src/styles/charts.css), so
   * one drawing reads on a phone and on a desktop.
   */
  size: ChartSize;
  /** Fact ids behind the chart, in table and CSV order. */
  facts: readonly string[];
  /** Lays the chart out (pure; computed once per edition). */
  layout: (ctx: ChartContext, size: ChartSize) => L;
  /** Fills the chart's title, takeaway, description and source line. */
  text: (ctx: ChartContext) => ChartText;
}

/** "¶8": the paragraph a fact from the report stands in. */
function paragraphOf(ctx: ChartContext, id: string): string {
  const fact = getFact(ctx.facts, id);
  if (!fact.source) throw new Error(`chart source line: fact "${id}" is not from the report`);
  return ctx.fmt.paragraph(fact.source.paragraph);
}

/** The name of a fact's outside source. */
function outsideName(ctx: ChartContext, id: string): string {
  const fact = getFact(ctx.facts, id);
  if (!fact.outside) throw new Error(`chart source line: fact "${id}" has no outside source`);
  return fact.outside.name;
}

/** The four words every chart fills: title, takeaway, description, source. */
function text(ctx: ChartContext, vars: Partial<Record<keyof ChartText, Record<string, string>>>): ChartText {
  const { say } = chartHelpers(ctx);
  return {
    title: say('title', vars.title),
    takeaway: say('takeaway', vars.takeaway),
    description: say('description', vars.description),
    source: say('source', vars.source),
  };
}

const shunyiFacilities: ChartDefinition<ReturnType<typeof layoutUnitChart>> = {
  id: 'shunyi-facilities',
  size: { width: 320, height: 232 },
  facts: [
    SHUNYI_FACTS.plants,
    SHUNYI_FACTS.plantExample,
    SHUNYI_FACTS.rdCentres,
    SHUNYI_FACTS.rdExample,
    SHUNYI_FACTS.total,
  ],
  layout: layoutUnitChart,
  text: (ctx) => {
    const { fact, value } = chartHelpers(ctx);
    return text(ctx, {
      takeaway: {
        rdWords: fact(SHUNYI_FACTS.rdCentres, { words: true }),
        plantsWords: fact(SHUNYI_FACTS.plants, { words: true }),
        totalNumber: value(SHUNYI_FACTS.total),
      },
      description: {
        plants: fact(SHUNYI_FACTS.plants),
        plantExample: fact(SHUNYI_FACTS.plantExample),
        rd: fact(SHUNYI_FACTS.rdCentres),
        rdExample: fact(SHUNYI_FACTS.rdExample),
        total: fact(SHUNYI_FACTS.total),
      },
      source: { paragraph: paragraphOf(ctx, SHUNYI_FACTS.plants) },
    });
  },
};

const bmwInvestment: ChartDefinition<ReturnType<typeof layoutDualScaleBar>> = {
  id: 'bmw-investment',
  size: { width: 320, height: 184 },
  facts: [BMW_FACTS.cny, BMW_FACTS.usd, BMW_FACTS.rate],
  layout: layoutDualScaleBar,
  text: (ctx) => {
    const { fact } = chartHelpers(ctx);
    const amounts = { cny: fact(BMW_FACTS.cny), usd: fact(BMW_FACTS.usd), rate: fact(BMW_FACTS.rate) };
    return text(ctx, {
      takeaway: amounts,
      description: amounts,
      source: { paragraph: paragraphOf(ctx, BMW_FACTS.cny) },
    });
  },
};

const locatorMap: ChartDefinition<ReturnType<typeof layoutLocatorMap>> = {
  id: 'locator-map',
  size: { width: 320, height: 300 },
  facts: [MAP_FACTS.from, MAP_FACTS.to, MAP_FACTS.radius, MAP_FACTS.distance],
  layout: (ctx, size) => layoutLocatorMap(ctx, size),
  text: (ctx) => {
    const { fact } = chartHelpers(ctx);
    const direction = compassDirection(
      factPoint(ctx.facts, MAP_FACTS.from),
      factPoint(ctx.facts, MAP_FACTS.to),
      ctx.compass,
    );
    const route = { distance: fact(MAP_FACTS.distance), direction };
    return text(ctx, {
      takeaway: route,
      description: route,
      source: {
        paragraph: paragraphOf(ctx, 'shenyang-status'),
        fromSource: outsideName(ctx, MAP_FACTS.from),
        toSource: outsideName(ctx, MAP_FACTS.to),
      },
    });
  },
};

const ponyaiScale: ChartDefinition<ReturnType<typeof layoutScaleComparison>> = {
  id: 'ponyai-scale',
  size: { width: 320, height: 318 },
  facts: [PONYAI_FACTS.km, PONYAI_FACTS.equator, PONYAI_FACTS.laps, PONYAI_FACTS.orders],
  layout: layoutScaleComparison,
  text: (ctx) => {
    const { fact, value } = chartHelpers(ctx);
    return text(ctx, {
      takeaway: { km: fact(PONYAI_FACTS.km), lapsNumber: value(PONYAI_FACTS.laps), orders: fact(PONYAI_FACTS.orders) },
      description: {
        equator: fact(PONYAI_FACTS.equator),
        km: fact(PONYAI_FACTS.km),
        laps: fact(PONYAI_FACTS.laps),
        orders: fact(PONYAI_FACTS.orders),
      },
      source: { paragraph: paragraphOf(ctx, PONYAI_FACTS.km), equatorSource: outsideName(ctx, PONYAI_FACTS.equator) },
    });
  },
};

/** Where the charts are defined, for error messages. */
const CHART_DEFINITIONS_FILE = 'src/lib/charts/definitions.ts';

/** Thrown when a chart definition is filed under one id and names another, or one that is not a chart. */
export class ChartDefinitionError extends Error {
  override name = 'ChartDefinitionError';
}

/**
 * Checks that each definition names the chart it is filed under, and that
 * every id is a chart id: a mismatch would draw one chart under another's
 * address. The types catch most of this; this catches the rest at build time.
 */
export function checkChartDefinitions(charts: Readonly<Record<string, { id: string }>>): void {
  for (const [key, definition] of Object.entries(charts)) {
    const field = `${CHART_DEFINITIONS_FILE} › CHARTS["${key}"].id`;
    if (!isChartId(key) || !isChartId(definition.id)) {
      const bad = isChartId(key) ? definition.id : key;
      throw new ChartDefinitionError(
        `${field}: "${bad}" is not a chart id (${CHART_IDS_FILE}: ${CHART_IDS.join(', ')})`,
      );
    }
    if (definition.id !== key) {
      throw new ChartDefinitionError(`${field}: "${definition.id}" does not match the chart it is filed under`);
    }
  }
}

/** Every chart, by id. A missing or extra definition is a type error. */
export const CHARTS: { readonly [K in ChartId]: ChartDefinition } = {
  'shunyi-facilities': shunyiFacilities,
  'bmw-investment': bmwInvestment,
  'locator-map': locatorMap,
  'ponyai-scale': ponyaiScale,
};
checkChartDefinitions(CHARTS);
