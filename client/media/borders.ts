import L from './leafletGlobal';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** The countries of the world, the map's basemap, drawn in the theme's colours; some highlighted. */
export class Borders {
  private readonly layer = L.geoJSON(undefined, { style: () => ({ className: 'lp-country', weight: 0.6 }) });
  private highlighted: readonly string[] = [];

  constructor(map: L.Map) {
    this.layer.addTo(map);
  }

  async load(url: string): Promise<void> {
    if (!url) return;
    const topology = (await (await fetch(url)).json()) as Topology;
    const countries = feature(topology, topology.objects.countries!) as unknown as GeoJSON.FeatureCollection;
    for (const item of countries.features) unwrapGeometry(item.geometry);
    this.layer.addData(countries);
    this.highlight(this.highlighted);
  }

  /** Highlights the countries of these ISO 3166 numeric codes, and only those. */
  highlight(ids: readonly string[]): void {
    this.highlighted = ids;
    this.layer.eachLayer((layer) => {
      const id = String((layer as L.GeoJSON & { feature?: { id?: string } }).feature?.id ?? '');
      const element = (layer as L.Path).getElement?.();
      element?.classList.toggle('lp-highlight', ids.includes(id));
    });
  }
}

/** Rings that cross the antimeridian jump from 180 to -180 and would be drawn across the world: shift their west. */
function unwrapGeometry(geometry: GeoJSON.Geometry | null): void {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const longitudes = ring.map((position) => position[0] ?? 0);
      const reachesPole = ring.some((position) => Math.abs(position[1] ?? 0) >= 89.9);
      if (reachesPole || Math.max(...longitudes) - Math.min(...longitudes) <= 180) continue;
      for (const position of ring) if ((position[0] ?? 0) < 0) position[0] = (position[0] ?? 0) + 360;
    }
  }
}
