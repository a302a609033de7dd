// Which countries the bundled borders (Natural Earth 1:50m, from world-atlas) draw, and a representative point inside
// a country's largest piece of land for a country that has none yet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { UNNUMBERED } from './countryTables';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

export interface Point {
  lat: number;
  lng: number;
}

type Ring = Position[];
type Rings = Ring[];

interface Geometry {
  id?: string | number;
  properties?: { name?: string } | null;
}

function readAtlas(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
}

function alpha2Of(geometry: Geometry): string | undefined {
  if (geometry.id !== undefined) return iso.numericToAlpha2(geometry.id);
  return UNNUMBERED[geometry.properties?.name ?? ''];
}

export class CountryBorders {
  private readonly atlas = readAtlas();
  /** The ISO codes of the countries the borders draw. */
  readonly drawn: ReadonlySet<string> = new Set(
    this.atlas.objects.countries.geometries.flatMap((geometry) => alpha2Of(geometry) ?? []),
  );
  private largest: Map<string, Rings> | undefined;

  /** A point well inside the country's largest polygon, or null when the borders do not draw it. */
  pointInside(alpha2: string): Point | null {
    this.largest ??= largestPolygons(this.atlas);
    const polygon = this.largest.get(alpha2);
    const point = polygon ? representativePoint(polygon) : null;
    return point && { lat: point.lat, lng: wrapLongitude(point.lng) };
  }
}

function largestPolygons(atlas: ReturnType<typeof readAtlas>): Map<string, Rings> {
  const collection = feature(atlas, atlas.objects.countries);
  const largest = new Map<string, { area: number; polygon: Rings }>();
  for (const item of collection.features) {
    const alpha2 = alpha2Of(item);
    const geometry = item.geometry as Polygon | MultiPolygon | null;
    if (!alpha2 || !geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const original of polygons) {
      const polygon = unwrap(original);
      const area = ringArea(polygon[0]!);
      if (area > (largest.get(alpha2)?.area ?? 0)) largest.set(alpha2, { area, polygon });
    }
  }
  return new Map([...largest].map(([alpha2, { polygon }]) => [alpha2, polygon]));
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(area / 2);
}

function insideRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from a point to the nearest edge, with longitudes shrunk by the latitude's cosine. */
function edgeDistance(rings: Rings, x: number, y: number): number {
  const k = Math.cos((y * Math.PI) / 180);
  const px = x * k;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = [ring[j]![0]! * k, ring[j]![1]!];
      const [dx, dy] = [ring[i]![0]! * k - ax, ring[i]![1]! - ay];
      const t =
        dx === 0 && dy === 0
          ? 0
          : Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(px - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

/** A point well inside the polygon: a grid search for the spot farthest from its edges, refined twice. */
function representativePoint(polygon: Rings): Point | null {
  const [outer, ...holes] = polygon as [Ring, ...Ring[]];
  const inside = (x: number, y: number) =>
    insideRing(outer, x, y) && !holes.some((hole) => insideRing(hole, x, y));
  const xs = outer.map((position) => position[0]!);
  const ys = outer.map((position) => position[1]!);
  let span = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)] as const;
  let center = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as const;
  let best: { x: number; y: number; distance: number } | null = null;
  const steps = 24;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = center[0] - span[0] / 2 + (span[0] * i) / steps;
        const y = center[1] - span[1] / 2 + (span[1] * j) / steps;
        if (!inside(x, y)) continue;
        const distance = edgeDistance(polygon, x, y);
        if (!best || distance > best.distance) best = { x, y, distance };
      }
    }
    if (!best) break;
    center = [best.x, best.y];
    span = [span[0] / 6, span[1] / 6];
  }
  return best && { lat: Number(best.y.toFixed(4)), lng: Number(best.x.toFixed(4)) };
}

/** Rings that cross the antimeridian jump from 180 to -180: shift their western part by 360 to make them whole. */
function unwrap(polygon: Position[][]): Rings {
  return polygon.map((ring) => {
    const xs = ring.map((position) => position[0]!);
    const reachesPole = ring.some((position) => Math.abs(position[1]!) >= 89.9);
    if (reachesPole || Math.max(...xs) - Math.min(...xs) <= 180) return ring;
    return ring.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]);
  });
}

function wrapLongitude(x: number): number {
  return x > 180 ? Number((x - 360).toFixed(4)) : x;
}
