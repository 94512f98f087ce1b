/**
 * The `place-map` chart type: the region around two places (Shunyi, in
 * Beijing, and Shenyang, say), both marked, and the great circle between them
 * labelled with its derived length. Its roles: `from`, `to`, `radius`,
 * `distance` and `cited` (src/lib/charts/chart-types.ts).
 *
 * Outlines come from world-atlas (Natural Earth, 1:50m) through topojson-client
 * and a d3-geo Mercator projection fitted around the two points; paths are
 * clipped to the frame, rounded to whole units and thinned so the map weighs a
 * few kilobytes. Knows nothing about Astro or colours.
 */
import {
  geoContains,
  geoDistance,
  geoInterpolate,
  geoMercator,
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { factNumber, factPoint } from '../story/facts.ts';
import { chartHelpers, roleFact, type ChartContext } from './context.ts';
import { outsideName, reportParagraph } from './text.ts';
import type { Coordinates } from '../content/schema.ts';
import {
  boxesOverlap,
  checkSize,
  insideChart,
  makeLabel,
  round,
  textSizeFor,
  type ChartSize,
  type Label,
} from './geometry.ts';

/** A marked place. */
export interface MapPlace {
  /** Name shown beside the point. */
  name: string;
  /** Fact holding the coordinates. */
  factId: string;
  /** Projected position. */
  x: number;
  y: number;
}

/** Geometry of the locator map. */
export interface LocatorMapLayout extends ChartSize {
  /** Land, as one SVG path. */
  land: string;
  /** Borders between countries, as one SVG path. */
  borders: string;
  /** The great-circle route between the two places. */
  route: string;
  /** The two places. */
  places: [MapPlace, MapPlace];
  /** Place names, country names that fit, and the distance. */
  labels: Label[];
  /** The derived distance in km, as the fact book holds it. */
  distanceKm: number;
  /** The same distance measured on the drawn projection's sphere, to cross-check the fact. */
  checkDistanceKm: number;
}

/** SVG path commands written straight from d3-geo, rounded and thinned. */
class ThinPath implements GeoContext {
  private parts: string[] = [];
  private last: [number, number] | undefined;
  private ringStart = 0;
  constructor(private readonly minStep: number) {}
  moveTo(x: number, y: number) {
    this.last = [Math.round(x), Math.round(y)];
    this.ringStart = this.parts.length;
    this.parts.push(`M${this.last[0]} ${this.last[1]}`);
  }
  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    if (this.last && Math.hypot(point[0] - this.last[0], point[1] - this.last[1]) < this.minStep) return;
    this.last = point;
    this.parts.push(`L${point[0]} ${point[1]}`);
  }
  closePath() {
    // Rings thinned to fewer than three points are specks: drop them.
    if (this.parts.length - this.ringStart < 3) this.parts.length = this.ringStart;
    else this.parts.push('Z');
  }
  beginPath() {}
  arc() {}
  toString() {
    return this.parts.join('');
  }
}

const outlines = new WeakMap<Topology, { countries: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }>();

/** Countries and the borders between them, converted from TopoJSON once per topology. */
function outlinesOf(topology: Topology) {
  let found = outlines.get(topology);
  if (!found) {
    const object = topology.objects.countries as GeometryCollection<{ name: string }>;
    found = {
      countries: feature(topology, object) as GeoJSON.FeatureCollection,
      borders: mesh(topology, object, (a, b) => a !== b),
    };
    outlines.set(topology, found);
  }
  return found;
}

const lonLat = (p: Coordinates): [number, number] => [p.lon, p.lat];

/** A Mercator projection framing the two places with room around them, enough to show the coast, Korea and the borders nearby. */
function framingProjection(from: Coordinates, to: Coordinates, size: ChartSize): GeoProjection {
  const spanLon = Math.abs(to.lon - from.lon);
  const spanLat = Math.abs(to.lat - from.lat);
  const padLon = Math.max(spanLon * 0.75, 2);
  const padLat = Math.max(spanLat * 0.9, spanLon * 0.55, 2);
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [Math.min(from.lon, to.lon) - padLon, Math.min(from.lat, to.lat) - padLat],
      [Math.max(from.lon, to.lon) + padLon, Math.max(from.lat, to.lat) + padLat],
    ],
  };
  return geoMercator()
    .fitSize([size.width, size.height], frame)
    .clipExtent([
      [-2, -2],
      [size.width + 2, size.height + 2],
    ]);
}

/** Labels placed so far, and whether a new one is free: inside the chart, clear of them and of the markers. */
interface Placer {
  labels: Label[];
  free(label: Label): boolean;
  text: number;
  size: ChartSize;
}

function placer(places: readonly MapPlace[], size: ChartSize): Placer {
  const labels: Label[] = [];
  const markerBoxes = places.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 }));
  const free = (label: Label) =>
    insideChart(label.box, size) &&
    !labels.some((other) => boxesOverlap(other.box, label.box)) &&
    !markerBoxes.some((box) => boxesOverlap(box, label.box));
  return { labels, free, text: textSizeFor(size.width), size };
}

/**
 * Place names: try beside (away from `middle`, the unrounded midpoint's x), then above and below the
 * point; keep the first spot that is free.
 */
function placeNames(
  places: readonly MapPlace[],
  middle: number,
  { labels, free, text, size }: Placer,
  chart: string,
): void {
  for (const place of places) {
    const east = place.x >= middle;
    const candidates = [
      makeLabel(place.name, place.x + (east ? 10 : -10), place.y + text * 0.35, text, {
        anchor: east ? 'start' : 'end',
        tone: 'strong',
      }),
      makeLabel(place.name, place.x, place.y - 12, text, { anchor: 'middle', tone: 'strong' }),
      makeLabel(place.name, place.x, place.y + 12 + text, text, { anchor: 'middle', tone: 'strong' }),
      makeLabel(place.name, place.x + (east ? -10 : 10), place.y + text * 0.35, text, {
        anchor: east ? 'end' : 'start',
        tone: 'strong',
      }),
    ];
    const spot = candidates.find(free);
    if (!spot) throw new Error(`${chart}: no room for the label "${place.name}" at ${size.width}×${size.height}`);
    labels.push(spot);
  }
}

/** The distance sits beside the route's midpoint, pushed out along the normal until it clears the line. */
function placeDistance(
  route: { from: Coordinates; to: Coordinates; projection: GeoProjection },
  distanceText: string,
  { labels, free, text, size }: Placer,
  chart: string,
): void {
  const { projection } = route;
  const project = (p: [number, number]) => projection(p) ?? [Number.NaN, Number.NaN];
  const [fx, fy] = project(lonLat(route.from));
  const [tx, ty] = project(lonLat(route.to));
  const along = geoInterpolate(lonLat(route.from), lonLat(route.to));
  const routePoints = Array.from({ length: 41 }, (_, i): [number, number] => project(along(i / 40)));
  const routeBoxes = routePoints.map(([x, y]) => ({ x: x - 2, y: y - 2, width: 4, height: 4 }));
  const [mx, my] = routePoints[20]!;
  const length = Math.hypot(tx - fx, ty - fy) || 1;
  const [nx, ny] = [(ty - fy) / length, -(tx - fx) / length];
  const clearOfRoute = (label: Label) => !routeBoxes.some((box) => boxesOverlap(box, label.box));
  let distanceSpot: Label | undefined;
  for (const offset of [16, 22, 30, 40, 52]) {
    for (const side of [1, -1]) {
      const [cx, cy] = [mx + nx * offset * side, my + ny * offset * side];
      const label = makeLabel(distanceText, cx, cy + text * 0.35, text, { anchor: 'middle' });
      if (!distanceSpot && free(label) && clearOfRoute(label)) distanceSpot = label;
    }
  }
  if (!distanceSpot) throw new Error(`${chart}: no room for the distance label at ${size.width}×${size.height}`);
  labels.push(distanceSpot);
}

/**
 * Country names where they fit wholly inside the country's visible part and clear of everything else:
 * the centroid first, then points of a grid over the country's box.
 */
function placeCountryNames(
  countries: GeoJSON.FeatureCollection,
  projection: GeoProjection,
  names: Readonly<Record<string, string>>,
  { labels, free, text }: Placer,
): void {
  const path = geoPath(projection);
  const insideCountry = (country: GeoJSON.Feature, label: Label) => {
    const { x, y, width, height } = label.box;
    return [
      [x, y],
      [x + width, y],
      [x, y + height],
      [x + width, y + height],
    ].every(([px, py]) => {
      const lonLatAt = projection.invert?.([px!, py!]);
      return lonLatAt !== undefined && lonLatAt !== null && geoContains(country, lonLatAt);
    });
  };
  for (const country of countries.features) {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    if (!Number.isFinite(x0) || x1 - x0 < 60 || y1 - y0 < 30) continue;
    const natural = String((country.properties as { name?: string } | null)?.name ?? '');
    const name = (names[natural] ?? natural).toUpperCase();
    if (!name) continue;
    const spots: [number, number][] = [path.centroid(country)];
    for (let i = 1; i < 6; i += 1)
      for (let j = 1; j < 6; j += 1) spots.push([x0 + ((x1 - x0) * i) / 6, y0 + ((y1 - y0) * j) / 6]);
    const label = spots
      .map(([cx, cy]) => makeLabel(name, cx, cy, text, { anchor: 'middle', tone: 'muted' }))
      .find((candidate) => free(candidate) && insideCountry(country, candidate));
    if (label) labels.push(label);
  }
}

/** Lays out the locator map. */
export function layoutLocatorMap(
  ctx: ChartContext,
  size: ChartSize,
  topology: Topology = countries50m as unknown as Topology,
): LocatorMapLayout {
  checkSize(size, ctx.id);
  const { facts } = ctx;
  const { fact, say } = chartHelpers(ctx);
  const from = factPoint(facts, roleFact(ctx, 'from'));
  const to = factPoint(facts, roleFact(ctx, 'to'));
  const distanceKm = factNumber(facts, roleFact(ctx, 'distance'));
  if (!(distanceKm > 0)) throw new Error(`${ctx.id}: fact "${roleFact(ctx, 'distance')}" must be a positive distance`);
  const radiusKm = factNumber(facts, roleFact(ctx, 'radius'));

  const projection = framingProjection(from, to, size);
  const draw = (object: GeoPermissibleObjects, minStep: number) => {
    const context = new ThinPath(minStep);
    geoPath(projection, context)(object);
    return context.toString();
  };
  const { countries, borders: borderLines } = outlinesOf(topology);

  const project = (p: Coordinates) => projection(lonLat(p)) ?? [Number.NaN, Number.NaN];
  const [fx, fy] = project(from);
  const [tx, ty] = project(to);
  const places: [MapPlace, MapPlace] = [
    { name: say('from'), factId: roleFact(ctx, 'from'), x: round(fx), y: round(fy) },
    { name: say('to'), factId: roleFact(ctx, 'to'), x: round(tx), y: round(ty) },
  ];
  const labelled = placer(places, size);
  placeNames(places, (fx + tx) / 2, labelled, ctx.id);
  placeDistance({ from, to, projection }, say('distance', { distance: fact('distance') }), labelled, ctx.id);
  placeCountryNames(countries, projection, ctx.countries, labelled);

  return {
    width: size.width,
    height: size.height,
    land: draw(countries, 3),
    borders: draw(borderLines, 3),
    route: draw({ type: 'LineString', coordinates: [lonLat(from), lonLat(to)] }, 1),
    places,
    labels: labelled.labels,
    distanceKm,
    checkDistanceKm: geoDistance(lonLat(from), lonLat(to)) * radiusKm,
  };
}

/** The sixteen-wind direction of the initial great-circle bearing from one point to another: "north-east". */
export function compassDirection(from: Coordinates, to: Coordinates, compass: readonly string[]): string {
  const rad = Math.PI / 180;
  const [φ1, φ2, Δλ] = [from.lat * rad, to.lat * rad, (to.lon - from.lon) * rad];
  const bearing =
    Math.atan2(Math.sin(Δλ) * Math.cos(φ2), Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ)) /
    rad;
  return compass[Math.round((((bearing % 360) + 360) % 360) / 22.5) % 16]!;
}

/** The values of the placeholders in a locator map's title, takeaway, description and source. */
export function locatorMapText(ctx: ChartContext): Record<string, string> {
  const { fact } = chartHelpers(ctx);
  const direction = compassDirection(
    factPoint(ctx.facts, roleFact(ctx, 'from')),
    factPoint(ctx.facts, roleFact(ctx, 'to')),
    ctx.compass,
  );
  return {
    distance: fact('distance'),
    direction,
    paragraph: reportParagraph(ctx, 'cited'),
    fromSource: outsideName(ctx, 'from'),
    toSource: outsideName(ctx, 'to'),
  };
}
