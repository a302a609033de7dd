import { resolveCountry } from '../vocab/countries';

/** A country's representative point, for a new document's or a completed country's `[[latlng:…]]` line. */
export function countryLocation(country: string): { lat: number; lng: number } | undefined {
  return resolveCountry(country)?.country.point ?? undefined;
}
