/** The scale-comparison chart type (the story's Pony.ai chart): one circle per lap (the last partial), the orders range on its axis, labels apart, bad facts refused. */
import { describe, expect, it } from 'vitest';
import { factNumber, factRange, factText } from '../../../src/lib/story/facts.ts';
import { layoutScaleComparison as layoutFor } from '../../../src/lib/charts/scale-comparison.ts';
import type { FactBook } from '../../../src/lib/story/facts.ts';
import type { ChartSize } from '../../../src/lib/charts/geometry.ts';
import { chartContext, fmt } from '../english.ts';
import { chartOfType, factsWith, factsWithout, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

/** The layout in the English edition. */
const layoutScaleComparison = (facts: FactBook, size: ChartSize) => layoutFor(chartContext(facts, CHART), size);

const facts = realFacts();
/** The story's scale-comparison chart: its roles and words. */
const CHART = chartOfType('scale-comparison');
const ROLES = CHART.facts;
// The page draws the chart at its registry size; the layout also serves wider frames.
const SIZES = {
  320: CHART.definition.size,
  640: { width: 640, height: 262 },
  1280: { width: 1280, height: 262 },
};

describe('layoutScaleComparison', () => {
  it('draws one circle per started lap, the last filled by the fraction', () => {
    const layout = layoutScaleComparison(facts, SIZES[320]);
    const laps = factNumber(facts, ROLES.distance) / factNumber(facts, ROLES.lap);
    expect(layout.laps).toBeCloseTo(laps, 10);
    expect(layout.rings).toHaveLength(Math.ceil(laps));
    const shares = layout.rings.map((r) => r.share);
    expect(shares.slice(0, -1).every((s) => s === 1)).toBe(true);
    expect(shares.at(-1)).toBeCloseTo(laps - Math.floor(laps), 2);
    expect(layout.rings.at(-1)?.wedge).toMatch(/^M/);
    expect(layout.fullLaps.match(/M/g)).toHaveLength(Math.floor(laps));
  });

  it('follows the distance when it changes', () => {
    const equator = factNumber(facts, ROLES.lap);
    const book = factsWith(ROLES.laps, (equator * 10) / equator);
    expect(layoutScaleComparison(book, SIZES[320]).rings).toHaveLength(10);
  });

  it('puts the orders range on an axis from zero that covers it', () => {
    for (const size of Object.values(SIZES)) {
      const layout = layoutScaleComparison(facts, size);
      const range = factRange(facts, ROLES.range);
      const { axis, band } = layout;
      const x = (value: number) => {
        const last = axis.ticks.at(-1)!;
        return axis.ticks[0]!.x + ((last.x - axis.ticks[0]!.x) * value) / last.value;
      };
      expect(axis.ticks[0]).toMatchObject({ value: 0 });
      expect(axis.ticks.at(-1)!.value).toBeGreaterThanOrEqual(range.max);
      expect(band.x).toBeCloseTo(x(range.min), 0);
      expect(band.x + band.width).toBeCloseTo(x(range.max), 0);
      expect(layout.labels.map((l) => l.text)).toContain(factText(facts, ROLES.range, fmt));
      // One path draws the line from its start to its end, then a tick at each tick's x.
      expect(axis.path.startsWith(`M${axis.x1} ${axis.y}H${axis.x2}`)).toBe(true);
      expect(axis.path.match(/v5/g)).toHaveLength(axis.ticks.length);
      for (const tick of axis.ticks) expect(axis.path).toContain(`M${tick.x} ${axis.y}v5`);
    }
  });

  it.each(Object.entries(SIZES))('keeps circles and labels inside and apart at %s wide', (_, size) => {
    const layout = layoutScaleComparison(facts, size);
    expectTidyLabels(layout);
    for (const ring of layout.rings) {
      expect(ring.cx - ring.r).toBeGreaterThanOrEqual(0);
      expect(ring.cx + ring.r).toBeLessThanOrEqual(size.width);
    }
    expect(layout.labels.some((l) => l.text.includes('(derived)'))).toBe(true);
  });

  it('refuses a missing fact, a negative distance or range, and a zero size', () => {
    expect(() => layoutScaleComparison(factsWithout(ROLES.distance), SIZES[320])).toThrow(
      `unknown fact "${ROLES.distance}"`,
    );
    expect(() => layoutScaleComparison(factsWith(ROLES.distance, -3), SIZES[320])).toThrow(
      `fact "${ROLES.distance}" must be a positive number`,
    );
    expect(() => layoutScaleComparison(factsWith(ROLES.range, { min: -2, max: 26 }), SIZES[320])).toThrow(
      /must not go below zero/,
    );
    expect(() => layoutScaleComparison(factsWith(ROLES.range, 25), SIZES[320])).toThrow(/not a \{min, max\} range/);
    expect(() => layoutScaleComparison(facts, { width: 320, height: 0 })).toThrow(/height must be a positive/);
  });
});
