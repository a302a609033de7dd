import data from './data/countries.json';
import { lazy } from '../memo';
import { fold } from './normalize';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Country extends VocabEntry {
  alpha2: string;
  alpha3: string;
  numeric: string | null;
  /** The name ISO 3166 gives the country in full ("Plurinational State of Bolivia"). */
  official: string | null;
  es: string | null;
  fr: string | null;
  pt: string | null;
  /** The continent the archive's country lookup gives it. */
  continent: string | null;
  /** A representative point inside the country (its largest land), or a main settlement for the smallest. */
  point: { lat: number; lng: number } | null;
  /** False for territories too small for the bundled borders: location checks stay silent for them. */
  hasBorders: boolean;
  /** How often the archive names it. */
  count: number;
}

export interface Place {
  /** A region or island the archive's reverse geocoding produced ("England", "Honshu"). */
  name: string;
  alpha2: string;
  continent: string | null;
  count: number;
}

/** Every country, with the archive's spelling where the archive has one ("Cape Verde", "East Timor"). */
export const COUNTRIES = (): readonly Country[] => data.countries;

export const PLACES = (): readonly Place[] => data.places;

/** What the platform calls the placeholder location 0,0 ("Null Island", "Undefined Country"): not a country. */
export const PLACEHOLDER_COUNTRIES = (): readonly string[] => data.placeholders;

const PLACEHOLDERS = lazy(() => new Set(PLACEHOLDER_COUNTRIES().map(fold)));

export function isPlaceholderCountry(value: string): boolean {
  return PLACEHOLDERS().has(fold(value));
}

export const countryVocabulary = new Vocabulary(COUNTRIES);

const BY_ALPHA2 = lazy(() => new Map(COUNTRIES().map((country) => [country.alpha2, country])));
const PLACE_BY_NAME = lazy(() => new Map(PLACES().map((place) => [fold(place.name), place])));

export function countryByAlpha2(alpha2: string): Country | undefined {
  return BY_ALPHA2().get(alpha2);
}

/** The country a `country` value names: a country by any spelling, or the country of a known region. */
export function resolveCountry(value: string): { country: Country; place?: Place } | undefined {
  const match = countryVocabulary.lookup(value);
  if (match) return { country: match.entry };
  const place = PLACE_BY_NAME().get(fold(value));
  const country = place ? BY_ALPHA2().get(place.alpha2) : undefined;
  return place && country ? { country, place } : undefined;
}

/** A flag emoji from a two-letter ISO code (regional indicator symbols). */
export function flagEmoji(alpha2: string): string {
  if (!/^[A-Z]{2}$/.test(alpha2)) return '';
  return String.fromCodePoint(...[...alpha2].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}
