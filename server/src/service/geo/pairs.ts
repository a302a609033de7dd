import type { ParsedDocument, Tag } from '../model';
import { resolveCountry, type Country } from '../vocab/countries';
import { parseLatLng, inRange, type LatLng } from './latlng';

export interface LocatedPair {
  countryTag: Tag;
  country: Country;
  latlngTag: Tag;
  point: LatLng;
}

/**
 * Each country tag with the latlng that goes with it: the n-th latlng for the n-th country (solutions list several
 * pairs, each country line followed by its latlng).
 */
export function countryPairs(doc: ParsedDocument): LocatedPair[] {
  const countries = doc.tags.filter((tag) => tag.key.toLowerCase() === 'country');
  const latlngs = doc.tags.filter((tag) => tag.key.toLowerCase() === 'latlng');
  const pairs: LocatedPair[] = [];
  countries.forEach((countryTag, index) => {
    const latlngTag = latlngs[index];
    const resolved = resolveCountry(countryTag.value);
    const point = latlngTag ? parseLatLng(latlngTag.value) : null;
    if (latlngTag && resolved && point)
      pairs.push({ countryTag, country: resolved.country, latlngTag, point });
  });
  return pairs;
}

/** The same point with latitude and longitude exchanged, when that is a valid point. */
export function swapped(point: LatLng): LatLng | null {
  const other = { lat: point.lng, lng: point.lat };
  return inRange(other) ? other : null;
}

export function isNearNullIsland(point: LatLng): boolean {
  return Math.abs(point.lat) < 0.5 && Math.abs(point.lng) < 0.5;
}
