/** The place-map chart type (the story's map): places projected inside the frame, the distance checked against haversine, small paths. */
import { describe, expect, it } from 'vitest';
import { factNumber, factPoint } from '../../../src/lib/story/facts.ts';
import { compassDirection, layoutLocatorMap as layoutFor } from '../../../src/lib/charts/place-map.ts';
import type { FactBook } from '../../../src/lib/story/facts.ts';
import type { ChartSize } from '../../../src/lib/charts/geometry.ts';
import { chartContext, t } from '../english.ts';
import type { Coordinates } from '../../../src/lib/content/schema.ts';
import { chartOfType, factsWith, factsWithout, realFacts } from './facts.ts';
import { expectTidyLabels } from './layout-checks.ts';

/** The layout in the English edition. */
const layoutLocatorMap = (facts: FactBook, size: ChartSize) => layoutFor(chartContext(facts, CHART), size);

const facts = realFacts();
/** The story's place-map chart: its roles and words. */
const CHART = chartOfType('place-map');
const ROLES = CHART.facts;
// The page draws the chart at its registry size; the layout also serves wider frames.
const SIZES = {
  320: CHART.definition.size,
  640: { width: 640, height: 380 },
  1280: { width: 1280, height: 380 },
};

/** Haversine distance, written out here independently of d3. */
function haversineKm(a: Coordinates, b: Coordinates, radiusKm: number): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.sqrt(h));
}

describe('layoutLocatorMap', () => {
  it('shows a distance within 1% of the haversine great-circle distance', () => {
    const layout = layoutLocatorMap(facts, SIZES[320]);
    const expected = haversineKm(
      factPoint(facts, ROLES.from),
      factPoint(facts, ROLES.to),
      factNumber(facts, ROLES.radius),
    );
    expect(Math.abs(layout.distanceKm - expected) / expected).toBeLessThan(0.01);
    expect(Math.abs(layout.checkDistanceKm - expected) / expected).toBeLessThan(0.01);
    // A sanity check against a published road-atlas figure would need the network; the order of magnitude will do.
    expect(expected).toBeGreaterThan(500);
    expect(expected).toBeLessThan(700);
  });

  it('projects both places inside the frame, Shenyang east of Shunyi and north of it', () => {
    for (const size of [SIZES[320], SIZES[640]]) {
      const [shunyi, shenyang] = layoutLocatorMap(facts, size).places;
      for (const place of [shunyi, shenyang]) {
        expect(place.x).toBeGreaterThan(0);
        expect(place.x).toBeLessThan(size.width);
        expect(place.y).toBeGreaterThan(0);
        expect(place.y).toBeLessThan(size.height);
      }
      expect(shenyang.x).toBeGreaterThan(shunyi.x);
      expect(shenyang.y).toBeLessThan(shunyi.y);
    }
  });

  it('keeps the outlines to a few kilobytes of whole-number path data', () => {
    for (const size of [SIZES[320], SIZES[640]]) {
      const layout = layoutLocatorMap(facts, size);
      expect(layout.land.length).toBeGreaterThan(200);
      expect(layout.land.length + layout.borders.length + layout.route.length).toBeLessThan(6000);
      expect(layout.land).toMatch(/^M-?\d+ -?\d+(?:[LMZ](?:-?\d+ -?\d+)?)*$/);
    }
  });

  it.each(Object.entries(SIZES))(
    'keeps labels apart and inside at %s wide, the distance labelled as derived',
    (_, size) => {
      const layout = layoutLocatorMap(facts, size);
      expectTidyLabels(layout);
      expect(layout.labels.map((l) => l.text)).toEqual(
        expect.arrayContaining(['Shunyi, Beijing', 'Shenyang', expect.stringMatching(/^600 km \(derived\)$/)]),
      );
    },
  );

  it('names the direction from Shunyi to Shenyang', () => {
    expect(compassDirection(factPoint(facts, ROLES.from), factPoint(facts, ROLES.to), t.compass)).toBe(
      'east-north-east',
    );
    expect(compassDirection({ lat: 0, lon: 0 }, { lat: 10, lon: 0 }, t.compass)).toBe('north');
    expect(compassDirection({ lat: 0, lon: 0 }, { lat: -5, lon: -5 }, t.compass)).toBe('south-west');
  });

  it('refuses a missing place, a point that is not a point, and a zero size', () => {
    expect(() => layoutLocatorMap(factsWithout(ROLES.to), SIZES[320])).toThrow(`unknown fact "${ROLES.to}"`);
    expect(() => layoutLocatorMap(factsWith(ROLES.from, 40), SIZES[320])).toThrow(/not a \{lat, lon\} point/);
    expect(() => layoutLocatorMap(factsWith(ROLES.distance, -600), SIZES[320])).toThrow(/positive distance/);
    expect(() => layoutLocatorMap(facts, { width: 0, height: 300 })).toThrow(/width must be a positive/);
  });
});
