/** Checks every layout must pass at every size: labels apart and inside the chart. */
import { expect } from 'vitest';
import { insideChart, labelOverlaps, type ChartSize, type Label } from '../../../src/lib/charts/geometry.ts';

/** Fails if labels overlap or spill out of the chart, or text is smaller than 14 units. */
export function expectTidyLabels(layout: ChartSize & { labels: Label[] }): void {
  expect(labelOverlaps(layout.labels)).toEqual([]);
  const outside = layout.labels.filter((label) => !insideChart(label.box, layout)).map((label) => label.text);
  expect(outside).toEqual([]);
  for (const label of layout.labels) expect(label.size, label.text).toBeGreaterThanOrEqual(14);
}
