/** Shared chart geometry: label boxes, overlap checks, wrapping and input checks. */
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  ChartInputError,
  checkSize,
  insideChart,
  labelOverlaps,
  makeLabel,
  makeLines,
  positiveCount,
  positiveValue,
  textWidth,
} from '../../../src/lib/charts/geometry.ts';

describe('label boxes', () => {
  it('place the box by anchor', () => {
    const start = makeLabel('Shenyang', 100, 50, 14);
    const middle = makeLabel('Shenyang', 100, 50, 14, { anchor: 'middle' });
    const end = makeLabel('Shenyang', 100, 50, 14, { anchor: 'end' });
    expect(start.box.x).toBe(100);
    expect(middle.box.x + middle.box.width / 2).toBeCloseTo(100, 0);
    expect(end.box.x + end.box.width).toBeCloseTo(100, 0);
    expect(start.box.y).toBeLessThan(50);
    expect(start.box.y + start.box.height).toBeGreaterThan(50);
  });

  it('estimate widths on the generous side of a wide sans-serif', () => {
    // DejaVu Sans draws "Shunyi, Beijing" at 14 px about 106 px wide.
    expect(textWidth('Shunyi, Beijing', 14)).toBeGreaterThanOrEqual(106);
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
  });

  it('find overlaps and only real ones', () => {
    const a = makeLabel('first', 0, 20, 14);
    const b = makeLabel('second', 10, 24, 14);
    const c = makeLabel('third', 0, 60, 14);
    expect(boxesOverlap(a.box, b.box)).toBe(true);
    expect(labelOverlaps([a, b, c])).toEqual(['"first" × "second"']);
    expect(labelOverlaps([a, c])).toEqual([]);
  });

  it('wrap long text into lines that fit', () => {
    const lines = makeLines('Each circle: one lap of the equator, 40,075 km', 8, 20, 14, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.box.width).toBeLessThanOrEqual(200);
    expect(labelOverlaps(lines)).toEqual([]);
  });

  it('know when a box leaves the chart', () => {
    expect(insideChart({ x: 0, y: 0, width: 10, height: 10 }, { width: 10, height: 10 })).toBe(true);
    expect(insideChart({ x: -1, y: 0, width: 10, height: 10 }, { width: 10, height: 10 })).toBe(false);
  });
});

describe('input checks', () => {
  it('refuse sizes that are not positive', () => {
    expect(() => checkSize({ width: 0, height: 100 }, 'test-chart')).toThrow(/test-chart: width must be a positive/);
    expect(() => checkSize({ width: 320, height: Number.NaN }, 'test-chart')).toThrow(ChartInputError);
  });

  it('refuse negative, zero and fractional counts, naming the fact', () => {
    expect(() => positiveValue(-3, 'some-fact', 'test-chart')).toThrow(/fact "some-fact" must be a positive number/);
    expect(() => positiveValue(0, 'some-fact', 'test-chart')).toThrow(ChartInputError);
    expect(() => positiveCount(2.5, 'some-fact', 'test-chart')).toThrow(/whole number/);
    expect(positiveCount(4, 'some-fact', 'test-chart')).toBe(4);
  });
});
