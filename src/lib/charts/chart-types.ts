/**
 * The chart types, as data: for each type the roles it draws (named fact
 * slots, with the kind, unit, value and origin a fact must have to fill one),
 * the words a chart of the type gives and the `{placeholders}` each may use,
 * and the size it is laid out at. A story's `charts.yaml` names a type for
 * each chart and fills its roles; the content rules (`src/lib/content/rules/charts.ts`)
 * check it against these specs without loading d3 or the map outlines. Each
 * type's layout function and text are registered in `registry.ts`; its marks
 * component is `src/components/charts/marks/{type}.astro`.
 */
import type { FactKind } from '../content/schema.ts';
import type { ChartSize } from './geometry.ts';

/** What a role's fact must hold. */
export type RoleValue = 'number' | 'range' | 'point' | 'text';

/** One role of a chart type: a named fact slot. */
export interface RoleSpec {
  /** What the role stands for, for error messages and the README. */
  description: string;
  /** The fact's `kind`. */
  kind: FactKind;
  /** The fact's `unit`, where the layout reads it as one ("km"); any unit otherwise. */
  unit?: string;
  /** The shape of its value: a derived fact is a number. */
  value: RoleValue;
  /** Where the fact must come from, where the chart's words name it (its paragraph, its outside source). */
  origin?: 'report' | 'outside';
  /** False for a fact the chart's words cite but its table and CSV leave out. */
  table?: false;
}

/** The four words every chart gives, shown around the drawing. */
export const TEXT_WORDS = ['title', 'takeaway', 'description', 'source'] as const;

/** One of the four words around a chart. */
export type TextWord = (typeof TEXT_WORDS)[number];

/** One chart type, as the content rules know it. */
export interface ChartTypeSpec {
  /** The type's name, as `charts.yaml` writes it (`type: unit-count`). */
  type: string;
  /** What the chart shows, in a line. */
  description: string;
  /** The roles, in table and CSV order. */
  roles: Readonly<Record<string, RoleSpec>>;
  /** The placeholders the title, takeaway, description and source may use. */
  text: readonly string[];
  /** The chart's other words (labels inside the drawing), each with the placeholders it may use. */
  labels: Readonly<Record<string, readonly string[]>>;
  /** The size a chart of the type is laid out at, unless its entry gives one. */
  size: ChartSize;
}

const unitCount = {
  type: 'unit-count',
  description: 'two groups of units side by side, one mark per unit, the first of each group named',
  roles: {
    first: { description: 'the first group’s count', kind: 'count', value: 'number', origin: 'report' },
    firstExample: { description: 'the name of the first group’s example', kind: 'statement', value: 'text' },
    second: { description: 'the second group’s count', kind: 'count', value: 'number' },
    secondExample: { description: 'the name of the second group’s example', kind: 'statement', value: 'text' },
    total: { description: 'the two counts together', kind: 'count', value: 'number' },
  },
  text: [
    'first',
    'firstWords',
    'firstExample',
    'second',
    'secondWords',
    'secondExample',
    'total',
    'totalNumber',
    'paragraph',
  ],
  labels: { firstHeading: ['n'], secondHeading: ['n'], together: ['total'] },
  size: { width: 320, height: 232 },
} as const satisfies ChartTypeSpec;

const dualScaleBar = {
  type: 'dual-scale-bar',
  description: 'one amount as a bar read on two scales: as reported above, converted below, with the rate',
  roles: {
    amount: { description: 'the amount as reported', kind: 'money', value: 'number', origin: 'report' },
    converted: { description: 'the same amount converted', kind: 'money', value: 'number' },
    rate: { description: 'the rate the two amounts imply', kind: 'rate', value: 'number' },
  },
  text: ['amount', 'converted', 'rate', 'paragraph'],
  labels: { amountAxis: ['scale'], convertedAxis: ['scale'], rateNote: ['rate'] },
  size: { width: 320, height: 184 },
} as const satisfies ChartTypeSpec;

const placeMap = {
  type: 'place-map',
  description: 'a map of two places and the great circle between them, labelled with its length',
  roles: {
    from: { description: 'where the route starts', kind: 'place', value: 'point', origin: 'outside' },
    to: { description: 'where the route ends', kind: 'place', value: 'point', origin: 'outside' },
    radius: { description: 'the Earth’s radius, in km', kind: 'distance', unit: 'km', value: 'number' },
    distance: { description: 'the route’s length, in km', kind: 'distance', unit: 'km', value: 'number' },
    cited: {
      description: 'the report’s fact the map gives context to (its source line cites the paragraph)',
      kind: 'place',
      value: 'text',
      origin: 'report',
      table: false,
    },
  },
  text: ['distance', 'direction', 'paragraph', 'fromSource', 'toSource'],
  labels: { from: [], to: [], distance: ['distance'] },
  size: { width: 320, height: 300 },
} as const satisfies ChartTypeSpec;

const scaleComparison = {
  type: 'scale-comparison',
  description: 'a distance as laps of a known length (one circle a lap), and a range on a number line',
  roles: {
    distance: { description: 'the distance, in km', kind: 'distance', unit: 'km', value: 'number', origin: 'report' },
    lap: {
      description: 'the length of one lap, in km',
      kind: 'distance',
      unit: 'km',
      value: 'number',
      origin: 'outside',
    },
    laps: { description: 'the distance in laps', kind: 'count', value: 'number' },
    range: { description: 'the range on the number line', kind: 'rate', value: 'range' },
  },
  text: ['distance', 'lapsNumber', 'range', 'lap', 'laps', 'paragraph', 'lapSource'],
  labels: { distanceHeading: ['distance'], laps: ['laps'], key: ['lap'], keyPart: [], rangeHeading: [] },
  size: { width: 320, height: 318 },
} as const satisfies ChartTypeSpec;

/** Every chart type, by name. */
export const CHART_TYPE_SPECS = {
  'unit-count': unitCount,
  'dual-scale-bar': dualScaleBar,
  'place-map': placeMap,
  'scale-comparison': scaleComparison,
} as const satisfies Readonly<Record<string, ChartTypeSpec>>;

/** A chart type's name. */
export type ChartTypeName = keyof typeof CHART_TYPE_SPECS;

/** Where the chart types are defined, for error messages. */
export const CHART_TYPES_FILE = 'src/lib/charts/chart-types.ts';

/** The spec of a type, or undefined when no type has that name. */
export function chartTypeSpec(type: string): ChartTypeSpec | undefined {
  return Object.hasOwn(CHART_TYPE_SPECS, type) ? CHART_TYPE_SPECS[type as ChartTypeName] : undefined;
}

/** Every word a chart of the type gives: the four around it, then its labels. */
export function wordKeys(spec: ChartTypeSpec): string[] {
  return [...TEXT_WORDS, ...Object.keys(spec.labels)];
}

/** The placeholders one of a type's words may use. */
export function wordPlaceholders(spec: ChartTypeSpec, word: string): readonly string[] {
  return (TEXT_WORDS as readonly string[]).includes(word) ? spec.text : (spec.labels[word] ?? []);
}

/** The roles of a type whose facts make the chart's table and CSV, in order. */
export function tableRoles(spec: ChartTypeSpec): string[] {
  return Object.entries(spec.roles)
    .filter(([, role]) => role.table !== false)
    .map(([name]) => name);
}
