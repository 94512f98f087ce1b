/**
 * The `dual-scale-bar` chart type: one amount as a bar read on two scales, as
 * reported above (BMW's investment in yuan, say) and converted below (in US
 * dollars), with the rate the two figures imply as a derived note. Its roles:
 * `amount`, `converted`, `rate` (src/lib/charts/chart-types.ts).
 *
 * Both scales map zero to the bar's start and the reported amount to its end,
 * so the bar is the same length on either reading. Knows nothing about Astro or colours.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { factNumber } from '../story/facts.ts';
import { chartHelpers, roleFact, type ChartContext } from './context.ts';
import { reportParagraph } from './text.ts';
import {
  boxesOverlap,
  checkSize,
  lineHeight,
  makeLabel,
  makeLines,
  positiveValue,
  round,
  textSizeFor,
  type Box,
  type ChartSize,
  type Label,
} from './geometry.ts';

/** One tick on either scale. */
export interface ScaleTick {
  /** `amount` ticks sit above the bar, `converted` ticks below. */
  axis: 'amount' | 'converted';
  /** The amount the tick marks, in the currency's own units. */
  value: number;
  x: number;
  y1: number;
  y2: number;
  /** True for the tick at the bar's end: the reported amount. */
  end: boolean;
}

/** Geometry of the two-scale bar. */
export interface DualScaleBarLayout extends ChartSize {
  /** The one bar. */
  bar: Box;
  /** Ticks of both scales. */
  ticks: ScaleTick[];
  /** The same ticks as SVG path data, one path for the regular ticks and one for the two end ticks. */
  tickPaths: { regular: string; end: string };
  /** Axis titles, tick values, the amounts and the derived rate. */
  labels: Label[];
  /** The rate the two amounts imply: yuan per dollar, say. */
  rate: number;
}

/** An axis title, capitalised: "Billion yuan", "Mrd. Yuan", "单位：亿元". */
function axisTitle(say: ReturnType<typeof chartHelpers>['say'], key: string, word: string): string {
  const title = say(key, { scale: word }).trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Where the bar and its two scales sit, and what they write. */
interface BarFrame {
  fmt: ChartContext['fmt'];
  text: number;
  x1: number;
  barTop: number;
  barHeight: number;
  tickCount: number;
  labels: Label[];
  ticks: ScaleTick[];
}

/** One scale's ticks and their values, `baseline` the values' baseline. */
interface AxisSpec {
  axis: ScaleTick['axis'];
  scale: ScaleLinear<number, number>;
  amount: number;
  divisor: number;
  endText: string;
  baseline: number;
}

/** One scale's ticks and values; regular ticks give way to the reported amount at the end of the bar. */
function axisTicks(
  { axis, scale, amount, divisor, endText, baseline }: AxisSpec,
  { fmt, text, x1, barTop, barHeight, tickCount, labels, ticks }: BarFrame,
): void {
  const endLabel = makeLabel(endText, x1, baseline, text, { anchor: 'middle', tone: 'strong' });
  const tickTop = axis === 'amount' ? baseline + 4 : barTop + barHeight;
  const tickBottom = axis === 'amount' ? barTop : baseline - text + 1;
  for (const value of scale.ticks(tickCount)) {
    if (value >= amount) continue;
    const label = makeLabel(fmt.number(value / divisor), scale(value), baseline, text, {
      anchor: 'middle',
      tone: 'muted',
    });
    const padded = { ...endLabel.box, x: endLabel.box.x - 6, width: endLabel.box.width + 12 };
    if (boxesOverlap(label.box, padded)) continue;
    labels.push(label);
    ticks.push({ axis, value, x: round(scale(value)), y1: round(tickTop), y2: round(tickBottom), end: false });
  }
  labels.push(endLabel);
  ticks.push({ axis, value: amount, x: round(x1), y1: round(tickTop), y2: round(tickBottom), end: true });
}

/** The regular or the end ticks as one SVG path. */
function tickPath(ticks: readonly ScaleTick[], end: boolean): string {
  return ticks
    .filter((tick) => tick.end === end)
    .map((tick) => `M${tick.x} ${tick.y1}V${tick.y2}`)
    .join('');
}

/** The number of the fact in a role: above zero. */
function positiveRole(ctx: ChartContext, role: string): number {
  const id = roleFact(ctx, role);
  return positiveValue(factNumber(ctx.facts, id), id, ctx.id);
}

/** Lays out the bar and its two scales (yuan and dollars, say). */
export function layoutDualScaleBar(ctx: ChartContext, size: ChartSize): DualScaleBarLayout {
  checkSize(size, ctx.id);
  const { fmt } = ctx;
  const { fact, say } = chartHelpers(ctx);
  const amount = positiveRole(ctx, 'amount');
  const converted = positiveRole(ctx, 'converted');
  const rate = positiveRole(ctx, 'rate');

  const text = textSizeFor(size.width);
  const line = lineHeight(text);
  const margin = 8;
  const amountScaleWord = fmt.scale(amount);
  const convertedScaleWord = fmt.scale(converted);
  const amountEndText = fmt.number(amount / amountScaleWord.divisor);
  const convertedEndText = fmt.number(converted / convertedScaleWord.divisor);
  const zeroHalf = makeLabel('0', 0, 0, text).box.width / 2;
  const endHalf = Math.max(...[amountEndText, convertedEndText].map((t) => makeLabel(t, 0, 0, text).box.width / 2));
  const x0 = margin + zeroHalf;
  const x1 = size.width - margin - endHalf;
  if (x1 - x0 < 100) throw new Error(`${ctx.id}: a width of ${size.width} leaves no room for the bar`);

  const titleY = margin + text;
  const amountTickY = titleY + line;
  const barTop = amountTickY + 14;
  const barHeight = size.width < 480 ? 36 : 44;
  const convertedTickY = barTop + barHeight + 14 + text;
  const convertedTitleY = convertedTickY + line;
  const frame: BarFrame = {
    fmt,
    text,
    x1,
    barTop,
    barHeight,
    tickCount: size.width < 480 ? 4 : 6,
    labels: [],
    ticks: [],
  };
  const { labels, ticks } = frame;

  labels.push(makeLabel(axisTitle(say, 'amountAxis', amountScaleWord.word), margin, titleY, text, { tone: 'muted' }));
  const amountScale = scaleLinear().domain([0, amount]).range([x0, x1]);
  const convertedScale = scaleLinear().domain([0, converted]).range([x0, x1]);
  const amountAxis = { axis: 'amount', scale: amountScale, amount, divisor: amountScaleWord.divisor } as const;
  axisTicks({ ...amountAxis, endText: amountEndText, baseline: amountTickY }, frame);
  const convertedAxis = {
    axis: 'converted',
    scale: convertedScale,
    amount: converted,
    divisor: convertedScaleWord.divisor,
  } as const;
  axisTicks({ ...convertedAxis, endText: convertedEndText, baseline: convertedTickY }, frame);
  labels.push(
    makeLabel(axisTitle(say, 'convertedAxis', convertedScaleWord.word), margin, convertedTitleY, text, {
      tone: 'muted',
    }),
  );

  const note = say('rateNote', { rate: fact('rate') });
  labels.push(...makeLines(note, margin, convertedTitleY + line + 8, text, size.width - 2 * margin));

  return {
    width: size.width,
    height: size.height,
    bar: { x: round(x0), y: round(barTop), width: round(x1 - x0), height: barHeight },
    ticks,
    tickPaths: { regular: tickPath(ticks, false), end: tickPath(ticks, true) },
    labels,
    rate,
  };
}

/** The values of the placeholders in a dual-scale-bar chart's title, takeaway, description and source. */
export function dualScaleBarText(ctx: ChartContext): Record<string, string> {
  const { fact } = chartHelpers(ctx);
  return {
    amount: fact('amount'),
    converted: fact('converted'),
    rate: fact('rate'),
    paragraph: reportParagraph(ctx, 'amount'),
  };
}
