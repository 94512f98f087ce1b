/**
 * BMW's investment: one bar read on two scales, yuan above and US dollars
 * below, with the exchange rate the two figures imply as a derived note.
 *
 * Both scales map zero to the bar's start and the reported amount to its end,
 * so the bar is the same length on either reading. Knows nothing about Astro or colours.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { factNumber } from '../story/facts.ts';
import { chartHelpers, type ChartContext } from './context.ts';
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

/** Fact ids this chart reads. */
export const BMW_FACTS = {
  cny: 'bmw-shenyang-investment-cny',
  usd: 'bmw-shenyang-investment-usd',
  rate: 'implied-cny-per-usd',
} as const;

/** One tick on either scale. */
export interface ScaleTick {
  /** `cny` ticks sit above the bar, `usd` ticks below. */
  axis: 'cny' | 'usd';
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
  /** Yuan per dollar implied by the two amounts. */
  rate: number;
}

const CHART = 'bmw-investment';

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
  const tickTop = axis === 'cny' ? baseline + 4 : barTop + barHeight;
  const tickBottom = axis === 'cny' ? barTop : baseline - text + 1;
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

/** Lays out the yuan/dollar bar. */
export function layoutDualScaleBar(ctx: ChartContext, size: ChartSize): DualScaleBarLayout {
  checkSize(size, CHART);
  const { facts, fmt } = ctx;
  const { fact, say } = chartHelpers(ctx);
  const cny = positiveValue(factNumber(facts, BMW_FACTS.cny), BMW_FACTS.cny, CHART);
  const usd = positiveValue(factNumber(facts, BMW_FACTS.usd), BMW_FACTS.usd, CHART);
  const rate = positiveValue(factNumber(facts, BMW_FACTS.rate), BMW_FACTS.rate, CHART);

  const text = textSizeFor(size.width);
  const line = lineHeight(text);
  const margin = 8;
  const cnyScaleWord = fmt.scale(cny);
  const usdScaleWord = fmt.scale(usd);
  const cnyEndText = fmt.number(cny / cnyScaleWord.divisor);
  const usdEndText = fmt.number(usd / usdScaleWord.divisor);
  const zeroHalf = makeLabel('0', 0, 0, text).box.width / 2;
  const endHalf = Math.max(...[cnyEndText, usdEndText].map((t) => makeLabel(t, 0, 0, text).box.width / 2));
  const x0 = margin + zeroHalf;
  const x1 = size.width - margin - endHalf;
  if (x1 - x0 < 100) throw new Error(`${CHART}: a width of ${size.width} leaves no room for the bar`);

  const titleY = margin + text;
  const cnyTickY = titleY + line;
  const barTop = cnyTickY + 14;
  const barHeight = size.width < 480 ? 36 : 44;
  const usdTickY = barTop + barHeight + 14 + text;
  const usdTitleY = usdTickY + line;
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

  labels.push(makeLabel(axisTitle(say, 'cnyAxis', cnyScaleWord.word), margin, titleY, text, { tone: 'muted' }));
  const cnyScale = scaleLinear().domain([0, cny]).range([x0, x1]);
  const usdScale = scaleLinear().domain([0, usd]).range([x0, x1]);
  const cnyAxis = { axis: 'cny', scale: cnyScale, amount: cny, divisor: cnyScaleWord.divisor } as const;
  axisTicks({ ...cnyAxis, endText: cnyEndText, baseline: cnyTickY }, frame);
  const usdAxis = { axis: 'usd', scale: usdScale, amount: usd, divisor: usdScaleWord.divisor } as const;
  axisTicks({ ...usdAxis, endText: usdEndText, baseline: usdTickY }, frame);
  labels.push(
    makeLabel(axisTitle(say, 'usdAxis', usdScaleWord.word), margin, usdTitleY, text, {
      tone: 'muted',
    }),
  );

  const note = say('rateNote', { rate: fact(BMW_FACTS.rate) });
  labels.push(...makeLines(note, margin, usdTitleY + line + 8, text, size.width - 2 * margin));

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
