/**
 * The `scale-comparison` chart type: a distance (Pony.ai's driverless testing,
 * say) as circles, one per lap of a known length (the equator), the last one
 * filled only as far as the fraction, and a range (its robotaxis' orders a day)
 * on a number line.
 *
 * Reads the distance, the lap's length, the derived laps and the range from
 * the facts in its roles (`distance`, `lap`, `laps`, `range`:
 * src/lib/charts/chart-types.ts). Knows nothing about Astro or colours.
 */
import { arc, scaleLinear } from 'd3';
import { factNumber, factRange } from '../story/facts.ts';
import { chartHelpers, roleFact, type ChartContext } from './context.ts';
import { outsideName, reportParagraph } from './text.ts';
import {
  ChartInputError,
  checkSize,
  lineHeight,
  makeLabel,
  makeLines,
  positiveValue,
  round,
  type Box,
  type ChartSize,
  type Label,
  textSizeFor,
} from './geometry.ts';

/** One ring: one lap of the equator. */
export interface LapRing {
  /** Centre. */
  cx: number;
  cy: number;
  r: number;
  /** Share of the lap covered: 1 for full laps, less for the last one. */
  share: number;
  /** For a partial lap, the filled wedge as SVG path data around the centre. */
  wedge?: string;
}

/** Geometry of a scale-comparison chart. */
export interface ScaleComparisonLayout extends ChartSize {
  /** One ring per started lap of the equator. */
  rings: LapRing[];
  /** The full laps as one SVG path of circles, which keeps the markup small. */
  fullLaps: string;
  /** The orders-a-day number line; `path` draws the line and its ticks as one SVG path. */
  axis: { x1: number; x2: number; y: number; ticks: { value: number; x: number }[]; path: string };
  /** The reported range on the number line. */
  band: Box;
  /** Headings, notes and values. */
  labels: Label[];
  /** Laps of the equator, unrounded. */
  laps: number;
}

/** How text runs down the chart: its size, line height, margin, width and the labels so far. */
interface Flow {
  ctx: ChartContext;
  size: ChartSize;
  text: number;
  line: number;
  margin: number;
  inner: number;
  labels: Label[];
}

/** One ring per started lap, `y` their top; the last one a wedge for the fraction. */
function lapRings(
  laps: number,
  y: number,
  { size, margin, inner }: Flow,
): { rings: LapRing[]; step: number; perRow: number } {
  const perRow = size.width < 480 ? 15 : 25;
  // Circles stop growing past 26 units so a very wide chart keeps its height.
  const step = Math.min(inner / perRow, 26);
  const r = round(step / 2 - 2);
  const full = Math.floor(laps);
  const share = laps - full;
  const count = full + (share > 0.005 ? 1 : 0);
  const rings: LapRing[] = [];
  for (let i = 0; i < count; i += 1) {
    const cx = round(margin + step * (i % perRow) + step / 2);
    const cy = round(y + step * Math.floor(i / perRow) + step / 2);
    const ringShare = i < full ? 1 : share;
    const ring: LapRing = { cx, cy, r, share: round(ringShare, 3) };
    if (ringShare < 1) {
      ring.wedge =
        arc().digits(1)({ innerRadius: 0, outerRadius: r, startAngle: 0, endAngle: ringShare * 2 * Math.PI }) ??
        undefined;
    }
    rings.push(ring);
  }
  return { rings, step, perRow };
}

/** The full laps as one SVG path of circles. */
function fullLapsPath(rings: readonly LapRing[]): string {
  return rings
    .filter((ring) => ring.share === 1)
    .map(
      (c) =>
        `M${round(c.cx - c.r)} ${c.cy}a${c.r} ${c.r} 0 1 0 ${round(2 * c.r)} 0a${c.r} ${c.r} 0 1 0 ${round(-2 * c.r)} 0`,
    )
    .join('');
}

/** Part 1: the distance heading, the laps note, the rings and their key. Returns where part 2 starts. */
function layoutLaps(km: number, laps: number, flow: Flow) {
  const { ctx, text, line, margin, inner, labels } = flow;
  const { fact, say } = chartHelpers(ctx);
  let y = margin + text;
  labels.push(
    makeLabel(say('distanceHeading', { distance: ctx.fmt.amount(km, 'km') }), margin, y, text, { tone: 'strong' }),
  );
  y += line;
  const lapsNote = say('laps', { laps: fact('laps') });
  const lapsLines = makeLines(lapsNote, margin, y, text, inner);
  labels.push(...lapsLines);
  y += (lapsLines.length - 1) * line + 10;

  const { rings, step, perRow } = lapRings(laps, y, flow);
  const share = laps - Math.floor(laps);
  y += step * Math.ceil(rings.length / perRow) + 4 + text;
  const key = `${say('key', { lap: fact('lap') })}${share > 0.005 ? say('keyPart') : ''}`;
  const keyLines = makeLines(key, margin, y, text, inner, { tone: 'muted' });
  labels.push(...keyLines);
  y += (keyLines.length - 1) * line + 36;
  return { rings, fullLaps: fullLapsPath(rings), y };
}

/** Part 2, from `y` down: the orders-a-day heading, the range as a band on a number line, its ticks. */
function layoutOrders(orders: { min: number; max: number }, y: number, flow: Flow) {
  const { ctx, size, text, line, margin, inner, labels } = flow;
  const { fact, say } = chartHelpers(ctx);
  const headingLines = makeLines(say('rangeHeading'), margin, y, text, inner, {
    tone: 'strong',
  });
  labels.push(...headingLines);
  y += (headingLines.length - 1) * line + line;
  const bandLabelY = y;
  y += 10;
  const zeroHalf = makeLabel('0', 0, 0, text).box.width / 2;
  const tickCount = size.width < 480 ? 4 : 6;
  const scale = scaleLinear()
    .domain([0, orders.max])
    .nice(tickCount)
    .range([margin + zeroHalf + 2, size.width - margin - 12]);
  const bandHeight = 18;
  const [d0, d1] = scale.domain() as [number, number];
  const band: Box = {
    x: round(scale(orders.min)),
    y: round(y),
    width: round(Math.max(scale(orders.max) - scale(orders.min), 4)),
    height: bandHeight,
  };
  const axisY = y + bandHeight;
  const ticks = scale.ticks(tickCount).map((value) => ({ value, x: round(scale(value)) }));
  for (const tick of ticks)
    labels.push(
      makeLabel(ctx.fmt.number(tick.value), tick.x, axisY + 6 + text, text, { anchor: 'middle', tone: 'muted' }),
    );
  const bandText = fact('range');
  const bandLabel = makeLabel(bandText, band.x + band.width, bandLabelY, text, { anchor: 'end', tone: 'strong' });
  labels.push(bandLabel);
  const axis = {
    x1: round(scale(d0)),
    x2: round(scale(d1)),
    y: round(axisY),
    ticks,
    path: `M${round(scale(d0))} ${round(axisY)}H${round(scale(d1))}${ticks.map((t) => `M${t.x} ${round(axisY)}v5`).join('')}`,
  };
  return { band, axis };
}

/** Lays out the laps rings (of the equator, say) and the range (orders a day). */
export function layoutScaleComparison(ctx: ChartContext, size: ChartSize): ScaleComparisonLayout {
  checkSize(size, ctx.id);
  const { facts } = ctx;
  const positive = (role: string) => positiveValue(factNumber(facts, roleFact(ctx, role)), roleFact(ctx, role), ctx.id);
  const km = positive('distance');
  positive('lap');
  const laps = positive('laps');
  const rangeId = roleFact(ctx, 'range');
  const orders = factRange(facts, rangeId);
  positiveValue(orders.max, rangeId, ctx.id);
  if (orders.min < 0) throw new ChartInputError(`${ctx.id}: fact "${rangeId}" must not go below zero`);

  const text = textSizeFor(size.width);
  const margin = 8;
  const flow: Flow = { ctx, size, text, line: lineHeight(text), margin, inner: size.width - 2 * margin, labels: [] };
  const { rings, fullLaps, y } = layoutLaps(km, laps, flow);
  const { band, axis } = layoutOrders(orders, y, flow);
  return { width: size.width, height: size.height, rings, fullLaps, axis, band, labels: flow.labels, laps };
}

/** The values of the placeholders in a scale-comparison chart's title, takeaway, description and source. */
export function scaleComparisonText(ctx: ChartContext): Record<string, string> {
  const { fact, value } = chartHelpers(ctx);
  return {
    distance: fact('distance'),
    lapsNumber: value('laps'),
    range: fact('range'),
    lap: fact('lap'),
    laps: fact('laps'),
    paragraph: reportParagraph(ctx, 'distance'),
    lapSource: outsideName(ctx, 'lap'),
  };
}
