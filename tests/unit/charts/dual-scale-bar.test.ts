/** The dual-scale-bar chart type (the story's BMW chart): both scales end at the reported amounts, ticks in order, labels apart, bad facts refused. */
import { describe, expect, it } from 'vitest';
import { factNumber, factText } from '../../../src/lib/story/facts.ts';
import { layoutDualScaleBar as layoutFor } from '../../../src/lib/charts/dual-scale-bar.ts';
import type { FactBook } from '../../../src/lib/story/facts.ts';
import type { ChartSize } from '../../../src/lib/charts/geometry.ts';
import { chartContext, fmt } from '../english.ts';
import { chartOfType, factsWith, factsWithout, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

/** The layout in the English edition. */
const layoutDualScaleBar = (facts: FactBook, size: ChartSize) => layoutFor(chartContext(facts, CHART), size);

const facts = realFacts();
/** The story's dual-scale-bar chart: its roles and words. */
const CHART = chartOfType('dual-scale-bar');
const ROLES = CHART.facts;
// The page draws the chart at its registry size; the layout also serves wider frames.
const SIZES = {
  320: CHART.definition.size,
  640: { width: 640, height: 182 },
  1280: { width: 1280, height: 182 },
};

describe('layoutDualScaleBar', () => {
  it('maps zero to the bar start and each reported amount to the bar end, on both scales', () => {
    const layout = layoutDualScaleBar(facts, SIZES[320]);
    const { bar } = layout;
    const amountEnd = layout.ticks.find((t) => t.axis === 'amount' && t.end)!;
    const convertedEnd = layout.ticks.find((t) => t.axis === 'converted' && t.end)!;
    expect(amountEnd.value).toBe(factNumber(facts, ROLES.amount));
    expect(convertedEnd.value).toBe(factNumber(facts, ROLES.converted));
    expect(amountEnd.x).toBeCloseTo(bar.x + bar.width, 0);
    expect(convertedEnd.x).toBeCloseTo(bar.x + bar.width, 0);
    for (const axis of ['amount', 'converted'] as const) {
      const zero = layout.ticks.find((t) => t.axis === axis && t.value === 0)!;
      expect(zero.x).toBeCloseTo(bar.x, 0);
    }
  });

  it('places every tick in proportion to its value on its own scale', () => {
    const layout = layoutDualScaleBar(facts, SIZES[640]);
    const { bar } = layout;
    for (const tick of layout.ticks) {
      const amount = factNumber(facts, tick.axis === 'amount' ? ROLES.amount : ROLES.converted);
      expect(tick.x).toBeCloseTo(bar.x + (tick.value / amount) * bar.width, 0);
      expect(tick.value).toBeLessThanOrEqual(amount);
    }
    expect(layout.ticks.filter((t) => t.axis === 'converted').length).toBeGreaterThanOrEqual(4);
  });

  it('draws every tick in one of two paths: the end ticks apart from the rest', () => {
    const layout = layoutDualScaleBar(facts, SIZES[320]);
    for (const tick of layout.ticks) {
      const segment = `M${tick.x} ${tick.y1}V${tick.y2}`;
      expect(tick.end ? layout.tickPaths.end : layout.tickPaths.regular).toContain(segment);
      expect(tick.end ? layout.tickPaths.regular : layout.tickPaths.end).not.toContain(segment);
    }
    expect(layout.tickPaths.end.match(/M/g)).toHaveLength(2);
    expect(layout.tickPaths.regular.match(/M/g)).toHaveLength(layout.ticks.length - 2);
  });

  it('shows the implied rate as a derived figure, read from the fact book', () => {
    const layout = layoutDualScaleBar(facts, SIZES[640]);
    expect(layout.rate).toBeCloseTo(factNumber(facts, ROLES.amount) / factNumber(facts, ROLES.converted), 10);
    const note = layout.labels.map((l) => l.text).join(' ');
    expect(note).toContain(`Derived rate: ${factText(facts, ROLES.rate, fmt)}`);
  });

  it.each(Object.entries(SIZES))('keeps labels apart and inside at %s wide', (_, size) => {
    const layout = layoutDualScaleBar(facts, size);
    expectTidyLabels(layout);
    expect(layout.bar.y + layout.bar.height).toBeLessThan(size.height);
  });

  it('refuses a missing fact, a negative amount and a zero size', () => {
    expect(() => layoutDualScaleBar(factsWithout(ROLES.converted), SIZES[320])).toThrow(
      `unknown fact "${ROLES.converted}"`,
    );
    expect(() => layoutDualScaleBar(factsWith(ROLES.amount, -20), SIZES[320])).toThrow(
      `fact "${ROLES.amount}" must be a positive number`,
    );
    expect(() => layoutDualScaleBar(facts, { width: 320, height: -1 })).toThrow(/height must be a positive/);
  });
});
