/**
 * The chart types, registered by name as Our World in Data's grapher registers
 * its chart types: each is its spec (roles, words, size: `chart-types.ts`), one
 * layout function (facts + size → plain SVG geometry) and the values of the
 * placeholders its title, takeaway, description and source may use; its marks
 * component is `src/components/charts/marks/{type}.astro`. A chart of the story
 * is content (`charts.yaml`: id, type, the fact in each role, words):
 * `chartDefinition` resolves it against its type, and one definition draws
 * the chart on a story page, a section page, an embed page and in its files.
 *
 * Adding a chart of an existing type: an entry in the story's charts.yaml and
 * its words in each edition's charts.yaml. Adding a type: a spec in
 * chart-types.ts, a layout file, one entry here and one marks component.
 */
import { CHART_TYPE_SPECS, tableRoles, TEXT_WORDS, type ChartTypeName, type ChartTypeSpec } from './chart-types.ts';
import type { ChartContext } from './context.ts';
import { dualScaleBarText, layoutDualScaleBar } from './dual-scale-bar.ts';
import type { ChartSize, Label } from './geometry.ts';
import { layoutLocatorMap, locatorMapText } from './place-map.ts';
import { layoutScaleComparison, scaleComparisonText } from './scale-comparison.ts';
import { layoutUnitChart, unitChartText } from './unit-count.ts';
import { fill } from '../text/fill.ts';

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

/** One chart type: its spec, its layout and the values of its text's placeholders. */
export interface ChartType<L extends BaseLayout = BaseLayout> {
  spec: ChartTypeSpec;
  /** Lays a chart of the type out (pure; computed once per edition). */
  layout: (ctx: ChartContext, size: ChartSize) => L;
  /** The values of the placeholders its title, takeaway, description and source may use. */
  text: (ctx: ChartContext) => Record<string, string>;
}

/** Every chart type, by name. A missing or extra type is a type error. */
export const CHART_TYPES: { readonly [K in ChartTypeName]: ChartType } = {
  'unit-count': { spec: CHART_TYPE_SPECS['unit-count'], layout: layoutUnitChart, text: unitChartText },
  'dual-scale-bar': { spec: CHART_TYPE_SPECS['dual-scale-bar'], layout: layoutDualScaleBar, text: dualScaleBarText },
  'place-map': {
    spec: CHART_TYPE_SPECS['place-map'],
    layout: (ctx, size) => layoutLocatorMap(ctx, size),
    text: locatorMapText,
  },
  'scale-comparison': {
    spec: CHART_TYPE_SPECS['scale-comparison'],
    layout: layoutScaleComparison,
    text: scaleComparisonText,
  },
};

/** One chart of the story, resolved against its type. */
export interface ChartDefinition {
  /** Its id: `<Chart id>`, `embed/{id}/`, `data/{id}.csv|svg|png`. */
  id: string;
  /** Its type's name, which names its marks component. */
  type: ChartTypeName;
  /**
   * The one size it is laid out at, in SVG units: its type's unless its entry gives one; 320 wide
   * with 14-unit text, shown from 288 px up to 440 px (src/styles/charts.css), so one drawing reads
   * on a phone and on a desktop.
   */
  size: ChartSize;
  /** The fact id in each role. */
  roles: Readonly<Record<string, string>>;
  /** Fact ids behind the chart, in table and CSV order (its type's roles, in order). */
  facts: readonly string[];
}

/** A chart as `charts.yaml` gives it: what `chartDefinition` needs of the entry. */
export interface ChartSource {
  id: string;
  type: string;
  facts: Readonly<Record<string, string>>;
  size?: ChartSize | undefined;
}

/** Thrown when a chart names a type that does not exist (the content rules stop that first). */
export class ChartDefinitionError extends Error {
  override name = 'ChartDefinitionError';
}

/** The type of a name, or a `ChartDefinitionError` naming the types there are. */
export function chartType(name: string): ChartType {
  if (!Object.hasOwn(CHART_TYPES, name))
    throw new ChartDefinitionError(`"${name}" is not a chart type (${Object.keys(CHART_TYPES).join(', ')})`);
  return CHART_TYPES[name as ChartTypeName];
}

/** A chart of the story resolved against its type: size, roles, table order. */
export function chartDefinition(chart: ChartSource): ChartDefinition {
  const { spec } = chartType(chart.type);
  const facts = tableRoles(spec).map((role) => {
    const id = chart.facts[role];
    if (id === undefined) throw new ChartDefinitionError(`chart "${chart.id}": no fact in the role "${role}"`);
    return id;
  });
  return { id: chart.id, type: spec.type as ChartTypeName, size: chart.size ?? spec.size, roles: chart.facts, facts };
}

/** A chart's title, takeaway, description and source, placeholders filled. */
export function chartText(definition: ChartDefinition, ctx: ChartContext): ChartText {
  const vars = chartType(definition.type).text(ctx);
  const say = (key: (typeof TEXT_WORDS)[number]) => {
    const template = ctx.words[key];
    if (template === undefined) throw new Error(`${definition.id}: the chart's words have no "${key}"`);
    return fill(template, vars);
  };
  return { title: say('title'), takeaway: say('takeaway'), description: say('description'), source: say('source') };
}

/** A chart laid out at its size. */
export function layoutChart(definition: ChartDefinition, ctx: ChartContext): BaseLayout {
  return chartType(definition.type).layout(ctx, definition.size);
}
