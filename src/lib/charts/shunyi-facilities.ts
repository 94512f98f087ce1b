/**
 * Shunyi facilities: a unit chart with one mark per vehicle plant and per R&D
 * centre, the named example of each group marked and labelled.
 *
 * Reads counts and example names from the fact book; knows nothing about
 * Astro, colours or the page. Groups sit side by side when they fit, stacked otherwise.
 */
import { factNumber } from '../story/facts.ts';
import { chartHelpers, type ChartContext } from './context.ts';
import { checkSize, makeLabel, positiveCount, round, textSizeFor, type ChartSize, type Label } from './geometry.ts';

/** Fact ids this chart reads. */
export const SHUNYI_FACTS = {
  plants: 'shunyi-vehicle-plants',
  rdCentres: 'shunyi-rd-centres',
  plantExample: 'shunyi-plant-example',
  rdExample: 'shunyi-rd-example',
  total: 'shunyi-facilities-total',
} as const;

/** One unit: a facility. */
export interface FacilityUnit {
  /** Which group the unit belongs to. */
  group: 'plant' | 'rd';
  /** Square for plants, circle for R&D centres, so the groups differ in black and white too. */
  shape: 'square' | 'circle';
  /** Top-left corner. */
  x: number;
  y: number;
  /** Side of the square, diameter of the circle. */
  size: number;
  /** True for the unit standing for the named example. */
  named: boolean;
}

/** Geometry of the Shunyi facilities chart. */
export interface UnitChartLayout extends ChartSize {
  /** One mark per facility, plants first. */
  units: FacilityUnit[];
  /** Lines from each named unit to its label. */
  leaders: { x1: number; y1: number; x2: number; y2: number }[];
  /** Group headings, example names and the total. */
  labels: Label[];
  /** Whether the two groups sit side by side or one above the other. */
  arrangement: 'side-by-side' | 'stacked';
}

const CHART = 'shunyi-facilities';

/** Lays out the unit chart of Shunyi's plants and R&D centres. */
export function layoutUnitChart(ctx: ChartContext, size: ChartSize): UnitChartLayout {
  checkSize(size, CHART);
  const { facts, fmt } = ctx;
  const { fact, say } = chartHelpers(ctx);
  const plants = positiveCount(factNumber(facts, SHUNYI_FACTS.plants), SHUNYI_FACTS.plants, CHART);
  const rdCentres = positiveCount(factNumber(facts, SHUNYI_FACTS.rdCentres), SHUNYI_FACTS.rdCentres, CHART);
  const plantExample = fact(SHUNYI_FACTS.plantExample);
  const rdExample = fact(SHUNYI_FACTS.rdExample);
  const totalText = fact(SHUNYI_FACTS.total);

  const text = textSizeFor(size.width);
  const margin = 8;
  const unit = size.width < 480 ? 28 : 34;
  const gap = Math.round(unit / 3);
  const step = unit + gap;
  const groupGap = 32;

  const groups = [
    {
      group: 'plant' as const,
      count: plants,
      heading: say('plantsHeading', { n: fmt.number(plants) }),
      example: plantExample,
    },
    {
      group: 'rd' as const,
      count: rdCentres,
      heading: say('rdHeading', { n: fmt.number(rdCentres) }),
      example: rdExample,
    },
  ];
  // A group is as wide as its row of units, its heading or its example label.
  const widthOf = (g: (typeof groups)[number]) =>
    Math.max(
      g.count * step - gap,
      makeLabel(g.heading, 0, 0, text).box.width,
      makeLabel(g.example, 0, 0, text).box.width + unit / 2 + 6,
    );
  const sideBySide = margin + widthOf(groups[0]!) + groupGap + widthOf(groups[1]!) <= size.width - margin;
  const widest = Math.max(...groups.map((g) => g.count * step - gap));
  if (widest > size.width - 2 * margin) {
    throw new Error(`${CHART}: ${widest} units of width do not fit in ${size.width}; widen the chart`);
  }

  const units: FacilityUnit[] = [];
  const leaders: UnitChartLayout['leaders'] = [];
  const labels: Label[] = [];
  const blockHeight = text * 1.3 + 8 + unit + 10 + text * 1.3;
  let x = margin;
  let y = margin + text;
  let bottom = y;
  for (const g of groups) {
    labels.push(makeLabel(g.heading, x, y, text, { tone: 'strong' }));
    const top = y + 8;
    for (let i = 0; i < g.count; i += 1) {
      units.push({
        group: g.group,
        shape: g.group === 'plant' ? 'square' : 'circle',
        x: round(x + i * step),
        y: round(top),
        size: unit,
        named: i === 0,
      });
    }
    const leaderTop = top + unit + 2;
    const labelBaseline = leaderTop + 8 + text;
    leaders.push({
      x1: round(x + unit / 2),
      y1: round(leaderTop),
      x2: round(x + unit / 2),
      y2: round(labelBaseline - text * 0.9),
    });
    labels.push(makeLabel(g.example, x + unit / 2 + 6, labelBaseline, text));
    bottom = labelBaseline + text * 0.3;
    if (sideBySide) x += widthOf(g) + groupGap;
    else y += blockHeight + 14;
  }
  labels.push(makeLabel(say('together', { total: totalText }), margin, bottom + 16 + text, text, { tone: 'muted' }));

  return {
    width: size.width,
    height: size.height,
    units,
    leaders,
    labels,
    arrangement: sideBySide ? 'side-by-side' : 'stacked',
  };
}
