// Generates server/src/service/vocab/data/countries.json: every ISO 3166-1 country with the archive's spelling
// where the archive has one, aliases, Spanish and French names (i18n-iso-countries), and a representative point
// inside its largest piece of land (Natural Earth 1:50m borders from world-atlas).
// Run: node scripts/generate-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const iso = require('i18n-iso-countries');
const names = {
  en: require('i18n-iso-countries/langs/en.json').countries,
  es: require('i18n-iso-countries/langs/es.json').countries,
  fr: require('i18n-iso-countries/langs/fr.json').countries,
};
const atlas = JSON.parse(
  readFileSync(join(root, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8'),
);

/** The archive's own spellings (FORMAT.md §4, observed-tag-values.json), and short names where ISO's are formal. */
const CANONICAL = {
  CV: 'Cape Verde',
  TL: 'East Timor',
  CI: 'Ivory Coast',
  CN: "People's Republic of China",
  US: 'United States of America',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  SZ: 'Eswatini',
  LA: 'Laos',
  VN: 'Vietnam',
  TR: 'Turkey',
  SY: 'Syria',
  MK: 'North Macedonia',
  RU: 'Russia',
  IR: 'Iran',
  TZ: 'Tanzania',
  PS: 'Palestine',
  MD: 'Moldova',
  KR: 'South Korea',
  KP: 'North Korea',
  GM: 'The Gambia',
  CZ: 'Czech Republic',
  GB: 'United Kingdom',
  BO: 'Bolivia',
  VE: 'Venezuela',
  FM: 'Micronesia',
  VA: 'Vatican City',
  BN: 'Brunei',
  TW: 'Taiwan',
  XK: 'Kosovo',
  VG: 'British Virgin Islands',
  HK: 'Hong Kong',
  MO: 'Macao',
  AQ: 'Antarctica',
  BQ: 'Caribbean Netherlands',
  CC: 'Cocos Islands',
  FK: 'Falkland Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  VI: 'United States Virgin Islands',
};

/** Territories too small for the 1:50m borders: their main settlement, so that a new document can still place them. */
const SMALL_TERRITORY_POINTS = {
  TV: { lat: -8.5211, lng: 179.1983 },
  GI: { lat: 36.1408, lng: -5.3536 },
  GF: { lat: 3.9339, lng: -53.1258 },
  GP: { lat: 16.265, lng: -61.551 },
  MQ: { lat: 14.6415, lng: -61.0242 },
  RE: { lat: -21.1151, lng: 55.5364 },
  YT: { lat: -12.8275, lng: 45.1662 },
  TK: { lat: -9.2002, lng: -171.8484 },
  CX: { lat: -10.4475, lng: 105.6904 },
  CC: { lat: -12.1642, lng: 96.871 },
  SJ: { lat: 78.2232, lng: 15.6267 },
  BV: { lat: -54.4232, lng: 3.4132 },
  BQ: { lat: 12.1784, lng: -68.2385 },
  UM: { lat: 19.2823, lng: 166.647 },
};

/** Other spellings seen in the archive, in world-atlas, or in common use. */
const ALIASES = {
  CV: ['Cabo Verde'],
  TL: ['Timor Leste', 'Timor-Leste'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  CN: ['China'],
  US: ['United States', 'USA', 'US', 'U.S.A.'],
  CD: ['Democratic Republic of Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa', 'Dem. Rep. Congo'],
  CG: ['Congo', 'Congo-Brazzaville', 'Congo Republic'],
  SZ: ['Swaziland', 'eSwatini'],
  LA: ['Lao PDR', "Lao People's Democratic Republic"],
  VN: ['Viet Nam'],
  TR: ['Türkiye', 'Turkiye'],
  SY: ['Syrian Arab Republic'],
  MK: ['Macedonia', 'FYROM', 'Republic of North Macedonia'],
  GM: ['Gambia'],
  GW: ['Guinea Bissau'],
  CZ: ['Czechia'],
  GB: ['UK', 'Great Britain', 'Britain'],
  KR: ['Korea', 'Republic of Korea'],
  BA: ['Bosnia and Herz.', 'Bosnia', 'Bosnia-Herzegovina'],
  CF: ['Central African Rep.'],
  DO: ['Dominican Rep.'],
  GQ: ['Eq. Guinea'],
  SS: ['S. Sudan'],
  SB: ['Solomon Is.'],
  AG: ['Antigua and Barb.'],
  MH: ['Marshall Is.'],
  KN: ['St. Kitts and Nevis'],
  VC: ['St. Vin. and Gren.', 'Saint Vincent'],
  ST: ['São Tomé and Principe', 'Sao Tome and Principe'],
  PS: ['State of Palestine', 'Palestinian Territories'],
  MM: ['Burma'],
  BO: ['Plurinational State of Bolivia'],
  TZ: ['United Republic of Tanzania'],
  IR: ['Islamic Republic of Iran'],
  RU: ['Russian Federation'],
  MD: ['Republic of Moldova'],
  VE: ['Bolivarian Republic of Venezuela'],
  FM: ['Federated States of Micronesia'],
  TT: ['Trinidad & Tobago'],
  KG: ['Kyrgyz Republic'],
  NL: ['Holland', 'The Netherlands'],
  PH: ['The Philippines'],
  BS: ['The Bahamas'],
  VG: ['British Virgin Is.'],
  EH: ['W. Sahara'],
};

/** Regions and places the archive's reverse geocoding produced, accepted as locations in their country. */
const PLACES = {
  England: 'GB',
  Wales: 'GB',
  Scotland: 'GB',
  'Northern Ireland': 'GB',
  Honshu: 'JP',
  'Kurdistan Region': 'IQ',
  'Republika Srpska': 'BA',
  'Federation of Bosnia and Herzegovina': 'BA',
  Vojvodina: 'RS',
  Adjara: 'GE',
  Puntland: 'SO',
  Somaliland: 'SO',
  'Canary Islands': 'ES',
  'Galápagos Province': 'EC',
  'Gaza Strip': 'PS',
  'West Bank': 'PS',
  'Flemish Brabant': 'BE',
  'Walloon Brabant': 'BE',
  'North Island': 'NZ',
  'South Island': 'NZ',
  'Pante Makassar Subdistrict': 'TL',
  Trinidad: 'TT',
  Tobago: 'TT',
  Antigua: 'AG',
  Zanzibar: 'TZ',
  Crimea: 'UA',
};

/** Features world-atlas leaves without an ISO id, by name. */
const UNNUMBERED = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY', 'Indian Ocean Ter.': 'AU' };

function list(value) {
  return Array.isArray(value) ? value : value ? [value] : [];
}

function ringArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    area += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(area / 2);
}

function insideRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function edgeDistance(rings, x, y) {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = ring[j][0] * k,
        ay = ring[j][1],
        bx = ring[i][0] * k,
        by = ring[i][1],
        px = x * k;
      const dx = bx - ax,
        dy = by - ay;
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
function representativePoint(polygon) {
  const [outer, ...holes] = polygon;
  const inside = (x, y) => insideRing(outer, x, y) && !holes.some((hole) => insideRing(hole, x, y));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of outer)
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  let best = null;
  let span = [maxX - minX, maxY - minY];
  let center = [(minX + maxX) / 2, (minY + maxY) / 2];
  for (let round = 0; round < 3; round++) {
    const steps = 24;
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
  if (!best) return null;
  return { lat: Number(best.y.toFixed(4)), lng: Number(best.x.toFixed(4)) };
}

/** Rings that cross the antimeridian jump from 180 to -180: shift their western part by 360 to make them whole. */
function unwrap(polygon) {
  return polygon.map((ring) => {
    const xs = ring.map(([x]) => x);
    const reachesPole = ring.some(([, y]) => Math.abs(y) >= 89.9);
    if (reachesPole || Math.max(...xs) - Math.min(...xs) <= 180) return ring;
    return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  });
}

function wrapLongitude(x) {
  return x > 180 ? Number((x - 360).toFixed(4)) : x;
}

function pointsByAlpha2() {
  const collection = feature(atlas, atlas.objects.countries);
  const largest = new Map();
  for (const item of collection.features) {
    const alpha2 = item.id ? iso.numericToAlpha2(item.id) : UNNUMBERED[item.properties.name];
    if (!alpha2 || !item.geometry) continue;
    const polygons =
      item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
    for (const original of polygons) {
      const polygon = unwrap(original);
      const area = ringArea(polygon[0]);
      if (area > (largest.get(alpha2)?.area ?? 0)) largest.set(alpha2, { area, polygon });
    }
  }
  return new Map(
    [...largest].map(([alpha2, { polygon }]) => {
      const point = representativePoint(polygon);
      return [alpha2, point && { lat: point.lat, lng: wrapLongitude(point.lng) }];
    }),
  );
}

function observedCounts() {
  const observed = JSON.parse(readFileSync(join(root, 'scripts', 'data', 'archive-countries.json'), 'utf8'));
  return observed;
}

const counts = observedCounts();
const points = pointsByAlpha2();
const countries = Object.keys(names.en)
  .sort()
  .map((alpha2) => {
    const english = list(names.en[alpha2]);
    const canonical = CANONICAL[alpha2] ?? english[0];
    const localized = [...list(names.es[alpha2]), ...list(names.fr[alpha2])];
    const aliases = [
      ...new Set([...english, ...(ALIASES[alpha2] ?? []), ...localized].filter((name) => name !== canonical)),
    ];
    const point = points.get(alpha2) ?? SMALL_TERRITORY_POINTS[alpha2];
    return {
      canonical,
      alpha2,
      alpha3: iso.alpha2ToAlpha3(alpha2),
      numeric: iso.alpha2ToNumeric(alpha2) ?? null,
      aliases,
      es: list(names.es[alpha2])[0] ?? null,
      fr: list(names.fr[alpha2])[0] ?? null,
      point: point ?? null,
      hasBorders: points.has(alpha2),
      count: counts[canonical] ?? 0,
    };
  });

// An alias two countries share ("Congo") names neither for certain: drop it from both.
const owners = new Map();
for (const country of countries)
  for (const alias of country.aliases) owners.set(alias, (owners.get(alias) ?? 0) + 1);
for (const country of countries) country.aliases = country.aliases.filter((alias) => owners.get(alias) === 1);

const known = new Set(countries.flatMap((country) => [country.canonical, ...country.aliases]));
const missing = Object.keys(counts).filter(
  (name) => !known.has(name) && !PLACES[name] && name !== 'Null Island',
);
if (missing.length > 0) throw new Error(`Archive names without a country: ${missing.join(', ')}`);

const places = Object.entries(PLACES).map(([name, alpha2]) => ({ name, alpha2, count: counts[name] ?? 0 }));
writeFileSync(
  join(root, 'server', 'src', 'service', 'vocab', 'data', 'countries.json'),
  JSON.stringify({ countries, places }, null, 1) + '\n',
);
console.log(
  `${countries.length} countries (${countries.filter((c) => c.point).length} with a point), ${places.length} places`,
);
