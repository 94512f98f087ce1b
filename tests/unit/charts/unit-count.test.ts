/** The unit-count chart type (the story's Shunyi chart): one mark per unit, examples labelled, labels apart, bad facts refused. */
import { describe, expect, it } from 'vitest';
import { factNumber, factText } from '../../../src/lib/story/facts.ts';
import { layoutUnitChart as layoutFor } from '../../../src/lib/charts/unit-count.ts';
import type { FactBook } from '../../../src/lib/story/facts.ts';
import type { ChartSize } from '../../../src/lib/charts/geometry.ts';
import { chartContext, fmt } from '../english.ts';
import { chartOfType, factsWith, factsWithout, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

/** The layout in the English edition. */
const layoutUnitChart = (facts: FactBook, size: ChartSize) => layoutFor(chartContext(facts, CHART), size);

const facts = realFacts();
/** The story's unit-count chart: its roles and words. */
const CHART = chartOfType('unit-count');
const ROLES = CHART.facts;
// The page draws the chart at its registry size; the layout also serves wider frames.
const SIZES = {
  320: CHART.definition.size,
  640: { width: 640, height: 150 },
  1280: { width: 1280, height: 150 },
};

describe('layoutUnitChart', () => {
  it('draws exactly as many units as the facts count', () => {
    const layout = layoutUnitChart(facts, SIZES[320]);
    const plants = layout.units.filter((u) => u.group === 'first');
    const rd = layout.units.filter((u) => u.group === 'second');
    expect(plants).toHaveLength(factNumber(facts, ROLES.first));
    expect(rd).toHaveLength(factNumber(facts, ROLES.second));
    expect(layout.units).toHaveLength(factNumber(facts, ROLES.total));
    expect(new Set(plants.map((u) => u.shape))).toEqual(new Set(['square']));
    expect(new Set(rd.map((u) => u.shape))).toEqual(new Set(['circle']));
  });

  it('follows the facts when they change', () => {
    const layout = layoutUnitChart(factsWith(ROLES.first, 6), SIZES[320]);
    expect(layout.units.filter((u) => u.group === 'first')).toHaveLength(6);
  });

  it('marks one unit per group as the named example and labels it from the facts', () => {
    const layout = layoutUnitChart(facts, SIZES[640]);
    expect(layout.units.filter((u) => u.named).map((u) => u.group)).toEqual(['first', 'second']);
    const texts = layout.labels.map((l) => l.text);
    expect(texts).toContain(factText(facts, ROLES.firstExample, fmt));
    expect(texts).toContain(factText(facts, ROLES.secondExample, fmt));
    expect(texts.some((t) => t.includes(factText(facts, ROLES.total, fmt)) && t.includes('derived'))).toBe(true);
    expect(layout.leaders).toHaveLength(2);
  });

  it('keeps units apart and inside the chart', () => {
    for (const size of Object.values(SIZES)) {
      const layout = layoutUnitChart(facts, size);
      for (const unit of layout.units) {
        expect(unit.x).toBeGreaterThanOrEqual(0);
        expect(unit.x + unit.size).toBeLessThanOrEqual(size.width);
        expect(unit.y + unit.size).toBeLessThanOrEqual(size.height);
      }
      const sorted = [...layout.units].sort((a, b) => a.y - b.y || a.x - b.x);
      sorted.slice(1).forEach((u, i) => {
        const prev = sorted[i]!;
        if (prev.y === u.y) expect(u.x - prev.x).toBeGreaterThanOrEqual(u.size);
      });
    }
  });

  it.each(Object.entries(SIZES))('keeps labels apart and inside at %s wide', (_, size) => {
    expectTidyLabels(layoutUnitChart(facts, size));
  });

  it('stacks the groups on a narrow chart and sets them side by side on a wide one', () => {
    expect(layoutUnitChart(facts, SIZES[320]).arrangement).toBe('stacked');
    expect(layoutUnitChart(facts, SIZES[640]).arrangement).toBe('side-by-side');
  });

  it('refuses a missing fact, a negative or fractional count, and a zero size', () => {
    expect(() => layoutUnitChart(factsWithout(ROLES.second), SIZES[320])).toThrow(`unknown fact "${ROLES.second}"`);
    expect(() => layoutUnitChart(factsWith(ROLES.first, -4), SIZES[320])).toThrow(
      `fact "${ROLES.first}" must be a positive number`,
    );
    expect(() => layoutUnitChart(factsWith(ROLES.first, 3.5), SIZES[320])).toThrow(/whole number/);
    expect(() => layoutUnitChart(factsWith(ROLES.first, 'four'), SIZES[320])).toThrow(/not a single number/);
    expect(() => layoutUnitChart(facts, { width: 0, height: 100 })).toThrow(/width must be a positive number/);
  });
});
