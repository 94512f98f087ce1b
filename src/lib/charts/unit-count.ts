/**
 * The `unit-count` chart type: two groups of units (Shunyi's vehicle plants and
 * R&D centres, say), one mark per unit, the named example of each group marked
 * and labelled, and their total.
 *
 * Reads the counts and example names from the facts in its roles (`first`,
 * `firstExample`, `second`, `secondExample`, `total`: src/lib/charts/chart-types.ts);
 * knows nothing about Astro, colours or the page. Groups sit side by side when they fit, stacked otherwise.
 */
import { factNumber } from '../story/facts.ts';
import { chartHelpers, roleFact, type ChartContext } from './context.ts';
import { reportParagraph } from './text.ts';
import { checkSize, makeLabel, positiveCount, round, textSizeFor, type ChartSize, type Label } from './geometry.ts';

/** One unit: a facility. */
export interface FacilityUnit {
  /** Which group the unit belongs to. */
  group: 'first' | 'second';
  /** Square for the first group, circle for the second, so the groups differ in black and white too. */
  shape: 'square' | 'circle';
  /** Top-left corner. */
  x: number;
  y: number;
  /** Side of the square, diameter of the circle. */
  size: number;
  /** True for the unit standing for the named example. */
  named: boolean;
}

/** Geometry of a unit-count chart. */
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

/** A group's count, from the fact in its role: a whole number above zero. */
function groupCount(ctx: ChartContext, role: 'first' | 'second'): number {
  const id = roleFact(ctx, role);
  return positiveCount(factNumber(ctx.facts, id), id, ctx.id);
}

/** Lays out a unit-count chart: one mark per unit of each group. */
export function layoutUnitChart(ctx: ChartContext, size: ChartSize): UnitChartLayout {
  checkSize(size, ctx.id);
  const { fmt } = ctx;
  const { fact, say } = chartHelpers(ctx);
  const firstCount = groupCount(ctx, 'first');
  const secondCount = groupCount(ctx, 'second');
  const firstExample = fact('firstExample');
  const secondExample = fact('secondExample');
  const totalText = fact('total');

  const text = textSizeFor(size.width);
  const margin = 8;
  const unit = size.width < 480 ? 28 : 34;
  const gap = Math.round(unit / 3);
  const step = unit + gap;
  const groupGap = 32;

  const groups = [
    {
      group: 'first' as const,
      count: firstCount,
      heading: say('firstHeading', { n: fmt.number(firstCount) }),
      example: firstExample,
    },
    {
      group: 'second' as const,
      count: secondCount,
      heading: say('secondHeading', { n: fmt.number(secondCount) }),
      example: secondExample,
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
    throw new Error(`${ctx.id}: ${widest} units of width do not fit in ${size.width}; widen the chart`);
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
        shape: g.group === 'first' ? 'square' : 'circle',
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

/** The values of the placeholders in a unit-count chart's title, takeaway, description and source. */
export function unitChartText(ctx: ChartContext): Record<string, string> {
  const { fact, value } = chartHelpers(ctx);
  return {
    first: fact('first'),
    firstWords: fact('first', { words: true }),
    firstExample: fact('firstExample'),
    second: fact('second'),
    secondWords: fact('second', { words: true }),
    secondExample: fact('secondExample'),
    total: fact('total'),
    totalNumber: value('total'),
    paragraph: reportParagraph(ctx, 'first'),
  };
}
