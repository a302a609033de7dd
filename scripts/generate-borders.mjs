// Generates server/src/service/geo/borders.json from world-atlas's countries-50m.json (Natural Earth 1:50m, public
// domain): the same quantized TopoJSON arcs, flattened into one list of numbers, so that loading them makes one array
// instead of eighty thousand small ones (faster to start, less memory).
// Run: node scripts/generate-borders.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const atlasPath = join(root, 'node_modules', 'world-atlas', 'countries-50m.json');
const atlas = JSON.parse(readFileSync(atlasPath, 'utf8'));
const { version } = JSON.parse(
  readFileSync(join(root, 'node_modules', 'world-atlas', 'package.json'), 'utf8'),
);

/** Quantized deltas of every arc, one after the other: x0, y0, dx1, dy1, … */
const arcs = [];
/** Where each arc starts in `arcs`, in points; one more entry marks the end. */
const arcStarts = [];
for (const arc of atlas.arcs) {
  arcStarts.push(arcs.length / 2);
  for (const [dx, dy] of arc) arcs.push(dx, dy);
}
arcStarts.push(arcs.length / 2);

const geometries = atlas.objects.countries.geometries
  .filter((geometry) => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
  .map((geometry) => ({
    ...(geometry.id !== undefined ? { id: String(geometry.id) } : {}),
    name: geometry.properties?.name ?? '',
    type: geometry.type,
    arcs: geometry.arcs,
  }));

const borders = {
  source: `world-atlas ${version} countries-50m.json (Natural Earth 1:50m, public domain)`,
  transform: atlas.transform,
  arcStarts,
  arcs,
  geometries,
};
writeFileSync(join(root, 'server', 'src', 'service', 'geo', 'borders.json'), JSON.stringify(borders) + '\n');
console.log(`${geometries.length} geometries, ${arcStarts.length - 1} arcs, ${arcs.length / 2} points`);
