import { countryByAlpha2, COUNTRIES, type Country } from '../vocab/countries';
import bordersData from './borders.json';
import type { LatLng } from './latlng';
import platformCentres from './platformCentres.json';

/** A ring as flat [x0, y0, x1, y1, …] longitudes and latitudes. */
interface Ring {
  coordinates: Float64Array;
}

interface Polygon {
  outer: Ring;
  holes: Ring[];
  /** minX, minY, maxX, maxY. */
  bbox: [number, number, number, number];
  /** Longitudes of the western part were shifted by +360 to make the polygon whole. */
  shifted: boolean;
}

interface CountryShape {
  alpha2: string;
  polygons: Polygon[];
  /** The union of the polygons' boxes, in unshifted longitudes; null when a polygon crosses the antimeridian. */
  bbox: Polygon['bbox'] | null;
}

/** A polygon as TopoJSON writes it: rings of arc indices, ~i for arc i walked backwards. */
type ArcRings = number[][];

interface BorderGeometry {
  id?: string;
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  arcs: ArcRings | ArcRings[];
}

/** world-atlas's 1:50m TopoJSON with its arcs flattened (scripts/generate-borders.mjs). */
interface Borders {
  transform: { scale: [number, number]; translate: [number, number] };
  arcStarts: number[];
  arcs: number[];
  geometries: BorderGeometry[];
}

const BORDERS = bordersData as unknown as Borders;

/** Features world-atlas leaves without an ISO id, by name. */
const UNNUMBERED: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  'Indian Ocean Ter.': 'AU',
};

/** Each country's geometries, not yet decoded. */
let geometries: Map<string, BorderGeometry[]> | null = null;
const decoded = new Map<string, CountryShape>();
let allDecoded = false;

function geometriesByCountry(): Map<string, BorderGeometry[]> {
  if (geometries) return geometries;
  const alpha2ByNumeric = new Map(
    COUNTRIES()
      .filter((c) => c.numeric)
      .map((country) => [country.numeric, country.alpha2]),
  );
  geometries = new Map();
  for (const geometry of BORDERS.geometries) {
    const alpha2 = geometry.id !== undefined ? alpha2ByNumeric.get(geometry.id) : UNNUMBERED[geometry.name];
    if (!alpha2) continue;
    geometries.set(alpha2, [...(geometries.get(alpha2) ?? []), geometry]);
  }
  return geometries;
}

/** One country's borders (Natural Earth 1:50m via world-atlas), decoded the first time they are needed. */
function shapeOf(alpha2: string): CountryShape | undefined {
  const known = decoded.get(alpha2);
  if (known) return known;
  const objects = geometriesByCountry().get(alpha2);
  if (!objects) return undefined;
  const shape: CountryShape = { alpha2, polygons: [], bbox: null };
  for (const object of objects) {
    const polygons = object.type === 'Polygon' ? [object.arcs as ArcRings] : (object.arcs as ArcRings[]);
    for (const polygon of polygons) shape.polygons.push(toPolygon(polygon.map(decodeRing)));
  }
  shape.bbox = shape.polygons.some((polygon) => polygon.shifted) ? null : unionBox(shape.polygons);
  decoded.set(alpha2, shape);
  return shape;
}

/** Every country's borders, for finding which country a point is in. */
function allShapes(): Iterable<CountryShape> {
  if (!allDecoded) {
    for (const alpha2 of geometriesByCountry().keys()) shapeOf(alpha2);
    allDecoded = true;
  }
  return decoded.values();
}

/**
 * A ring's longitudes and latitudes, from its arcs: each arc's deltas summed and scaled, arcs joined end to start
 * (the shared point once), a backward arc reversed.
 */
function decodeRing(arcIndices: readonly number[]): Float64Array {
  const { arcs, arcStarts, transform } = BORDERS;
  const [scaleX, scaleY] = transform.scale;
  const [translateX, translateY] = transform.translate;
  let length = 0;
  for (const index of arcIndices) {
    const arc = index < 0 ? ~index : index;
    length += (arcStarts[arc + 1] ?? 0) - (arcStarts[arc] ?? 0);
  }
  length -= Math.max(0, arcIndices.length - 1);
  const ring = new Float64Array(Math.max(0, length) * 2);
  let at = 0;
  for (const [position, index] of arcIndices.entries()) {
    const arc = index < 0 ? ~index : index;
    const first = arcStarts[arc] ?? 0;
    const count = (arcStarts[arc + 1] ?? 0) - first;
    const points = new Float64Array(count * 2);
    let x = 0;
    let y = 0;
    for (let k = 0; k < count; k++) {
      x += arcs[(first + k) * 2] ?? 0;
      y += arcs[(first + k) * 2 + 1] ?? 0;
      const to = index < 0 ? count - 1 - k : k;
      points[to * 2] = x * scaleX + translateX;
      points[to * 2 + 1] = y * scaleY + translateY;
    }
    // The first point of every arc after the first is the last point of the one before.
    const skip = position === 0 ? 0 : 2;
    ring.set(points.subarray(skip), at);
    at += points.length - skip;
  }
  return ring;
}

/** A polygon from its rings (outer first), whole across the antimeridian, with its box. */
function toPolygon(rings: Float64Array[]): Polygon {
  const outer = rings[0] ?? new Float64Array(0);
  let minX = Infinity;
  let maxX = -Infinity;
  let reachesPole = false;
  for (let i = 0; i < outer.length; i += 2) {
    const x = outer[i] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    if (Math.abs(outer[i + 1] ?? 0) >= 89.9) reachesPole = true;
  }
  const shifted = !reachesPole && maxX - minX > 180;
  if (shifted)
    for (const ring of rings)
      for (let i = 0; i < ring.length; i += 2) if ((ring[i] ?? 0) < 0) ring[i] = (ring[i] ?? 0) + 360;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < outer.length; i += 2) {
    const x = outer[i] ?? 0;
    const y = outer[i + 1] ?? 0;
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
  }
  return {
    outer: { coordinates: outer },
    holes: rings.slice(1).map((coordinates) => ({ coordinates })),
    bbox,
    shifted,
  };
}

function insideRing(ring: Ring, x: number, y: number): boolean {
  const c = ring.coordinates;
  let inside = false;
  for (let i = 0, j = c.length - 2; i < c.length; j = i, i += 2) {
    const xi = c[i] ?? 0;
    const yi = c[i + 1] ?? 0;
    const xj = c[j] ?? 0;
    const yj = c[j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(polygon: Polygon, point: LatLng): boolean {
  const x = polygon.shifted && point.lng < 0 ? point.lng + 360 : point.lng;
  const [minX, minY, maxX, maxY] = polygon.bbox;
  if (x < minX || x > maxX || point.lat < minY || point.lat > maxY) return false;
  return (
    insideRing(polygon.outer, x, point.lat) && !polygon.holes.some((hole) => insideRing(hole, x, point.lat))
  );
}

function unionBox(polygons: readonly Polygon[]): Polygon['bbox'] {
  return polygons.reduce<Polygon['bbox']>(
    (box, { bbox }) => [
      Math.min(box[0], bbox[0]),
      Math.min(box[1], bbox[1]),
      Math.max(box[2], bbox[2]),
      Math.max(box[3], bbox[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

function insideShape(shape: CountryShape, point: LatLng): boolean {
  const box = shape.bbox;
  if (box && (point.lng < box[0] || point.lng > box[2] || point.lat < box[1] || point.lat > box[3]))
    return false;
  return shape.polygons.some((polygon) => insidePolygon(polygon, point));
}

/** The country whose borders hold the point, if any. */
export function countryAt(point: LatLng): Country | undefined {
  for (const shape of allShapes()) {
    if (insideShape(shape, point)) return countryByAlpha2(shape.alpha2);
  }
  return undefined;
}

/** True when the bundled borders know the country (the smallest territories are missing from 1:50m). */
export function hasBorders(country: Country): boolean {
  return geometriesByCountry().has(country.alpha2);
}

const KM_PER_DEGREE = 111.2;

/** Great-circle-ish distance in km from the point to the country's nearest border (0 inside), or undefined without borders. */
export function distanceToCountryKm(country: Country, point: LatLng): number | undefined {
  const shape = shapeOf(country.alpha2);
  if (!shape) return undefined;
  if (insideShape(shape, point)) return 0;
  const scale = Math.cos((point.lat * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of shape.polygons) {
    const x = polygon.shifted && point.lng < 0 ? point.lng + 360 : point.lng;
    if (bboxDistanceKm(polygon.bbox, x, point.lat, scale) >= best) continue;
    best = Math.min(best, ringDistanceKm(polygon.outer, x, point.lat, scale));
  }
  return best;
}

/** A lower bound of the distance to anything in the box, so that far polygons are skipped. */
function bboxDistanceKm(
  [minX, minY, maxX, maxY]: Polygon['bbox'],
  x: number,
  y: number,
  scale: number,
): number {
  const dx = x < minX ? minX - x : x > maxX ? x - maxX : 0;
  const dy = y < minY ? minY - y : y > maxY ? y - maxY : 0;
  return (
    Math.hypot(
      dx * Math.max(scale, Math.cos((Math.max(Math.abs(minY), Math.abs(maxY)) * Math.PI) / 180)),
      dy,
    ) * KM_PER_DEGREE
  );
}

function ringDistanceKm(ring: Ring, x: number, y: number, scale: number): number {
  const c = ring.coordinates;
  let best = Infinity;
  for (let i = 0, j = c.length - 2; i < c.length; j = i, i += 2) {
    const ax = ((c[j] ?? 0) - x) * scale;
    const ay = (c[j + 1] ?? 0) - y;
    const bx = ((c[i] ?? 0) - x) * scale;
    const by = (c[i + 1] ?? 0) - y;
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best * KM_PER_DEGREE;
}

/**
 * Positions the platform wrote for a country when the author placed the plan on the country as a whole
 * (read off the archive): for these archipelagos they fall at sea, even far off (Fiji's lies west of the islands).
 */
const PLATFORM_CENTRES: Readonly<Record<string, readonly [number, number]>> =
  platformCentres as unknown as Record<string, [number, number]>;

function isPlatformCentre(country: Country, point: LatLng): boolean {
  const centre = PLATFORM_CENTRES[country.alpha2];
  return (
    centre !== undefined && Math.abs(centre[0] - point.lat) < 0.01 && Math.abs(centre[1] - point.lng) < 0.01
  );
}

/**
 * An archipelago (no piece of land holds four fifths of it) owns the sea between its islands: a point there, within
 * the extent of its islands and in no other country, is the country's.
 */
function inArchipelagoWaters(country: Country, point: LatLng): boolean {
  const shape = shapeOf(country.alpha2);
  if (!shape || shape.polygons.length < 3) return false;
  const areas = shape.polygons.map(
    (polygon) => (polygon.bbox[2] - polygon.bbox[0]) * (polygon.bbox[3] - polygon.bbox[1]),
  );
  const total = areas.reduce((sum, area) => sum + area, 0);
  if (Math.max(...areas) > 0.8 * total) return false;
  const box = shape.bbox;
  const inExtent =
    box !== null && point.lng >= box[0] && point.lng <= box[2] && point.lat >= box[1] && point.lat <= box[3];
  return inExtent && countryAt(point) === undefined;
}

/** How far from the borders a point may lie and still count as in the country: generalised coasts and small islands. */
export const BORDER_TOLERANCE_KM = 30;

/** Inside the country (or within the tolerance of its borders); undefined when the borders are unknown. */
export function isInsideCountry(
  country: Country,
  point: LatLng,
  toleranceKm = BORDER_TOLERANCE_KM,
): boolean | undefined {
  const distance = distanceToCountryKm(country, point);
  if (distance === undefined) return undefined;
  return distance <= toleranceKm || isPlatformCentre(country, point) || inArchipelagoWaters(country, point);
}
