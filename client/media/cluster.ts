export interface Point {
  lat: number;
  lng: number;
}

export interface Cluster<T extends Point> {
  lat: number;
  lng: number;
  items: T[];
}

/**
 * Groups points that would overlap on screen: a grid of `cellDegrees` at the current zoom, each occupied cell
 * becoming one cluster at the mean of its points. Simple, stable, and enough for a few thousand plans.
 */
export function clusterPoints<T extends Point>(points: readonly T[], cellDegrees: number): Cluster<T>[] {
  const cells = new Map<string, T[]>();
  for (const point of points) {
    const key = `${Math.floor(point.lat / cellDegrees)}:${Math.floor(point.lng / cellDegrees)}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  return [...cells.values()].map((items) => ({
    lat: items.reduce((sum, item) => sum + item.lat, 0) / items.length,
    lng: items.reduce((sum, item) => sum + item.lng, 0) / items.length,
    items,
  }));
}

/** The grid cell for a zoom level: about 60 screen pixels. */
export function cellForZoom(zoom: number): number {
  return 60 * (360 / (256 * 2 ** zoom));
}

export interface Filters {
  year: string;
  kind: string;
  sdg: string;
}

/** Whether an entry passes the workspace map's filters ('' means any). */
export function passes(
  entry: { year: string | null; kind: string; sdgs: readonly number[] },
  filters: Filters,
): boolean {
  return (
    (filters.year === '' || entry.year === filters.year) &&
    (filters.kind === '' || entry.kind === filters.kind) &&
    (filters.sdg === '' || entry.sdgs.includes(Number(filters.sdg)))
  );
}
