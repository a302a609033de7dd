// Every ISO 3166-1 country with the archive's spelling, aliases (common ones, world-atlas's, the archive lookup's),
// names in Spanish, French and Portuguese (i18n-iso-countries), its official name (iso-codes), its continent as the archive's lookup gives it,
// a representative point, and how often the archive names it; plus the regions the lookup and the archive know.
import { createRequire } from 'node:module';
import { type CountryBorders, type Point } from './countryPoints';
import {
  ALIASES,
  CANONICAL,
  NATURAL_EARTH_CODES,
  PLACEHOLDER_CODE,
  PLACES,
  PORTUGUESE_NAMES,
  SMALL_TERRITORY_POINTS,
} from './countryTables';
import type { LookupEntry } from './platformSources';
import { SourceError } from './platformSources';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
type Names = Record<string, string | string[]>;
const NAMES = Object.fromEntries(
  ['en', 'es', 'fr', 'pt'].map((language) => [
    language,
    (require(`i18n-iso-countries/langs/${language}.json`) as { countries: Names }).countries,
  ]),
) as Record<'en' | 'es' | 'fr' | 'pt', Names>;

export interface CountryData {
  canonical: string;
  alpha2: string;
  alpha3: string;
  numeric: string | null;
  /** The name ISO 3166 gives the country in full ("Plurinational State of Bolivia"). */
  official: string | null;
  aliases: string[];
  es: string | null;
  fr: string | null;
  pt: string | null;
  continent: string | null;
  point: Point | null;
  hasBorders: boolean;
  count: number;
}

export interface PlaceData {
  name: string;
  alpha2: string;
  continent: string | null;
  count: number;
}

export interface CountriesData {
  countries: CountryData[];
  places: PlaceData[];
  /** What the platform calls the placeholder location 0,0: not a country. */
  placeholders: string[];
}

export interface CountryInputs {
  lookup: readonly LookupEntry[];
  /** How often the archive names each country or region. */
  counts: Readonly<Record<string, number>>;
  /** The points of the committed countries.json, kept: computing them again takes the borders' whole geometry. */
  keptPoints: ReadonlyMap<string, Point>;
  /** Official names by ISO code: read from iso-codes when given, else those of the committed countries.json. */
  officialNames: ReadonlyMap<string, string>;
  borders: CountryBorders;
}

function list(value: string | string[] | undefined): string[] {
  return Array.isArray(value) ? value : value ? [value] : [];
}

const fold = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function buildCountries(inputs: CountryInputs): { data: CountriesData; unassigned: string[] } {
  const countries = Object.keys(NAMES.en)
    .sort()
    .map((alpha2) => isoCountry(alpha2, inputs));
  const lookupNames = assignLookupNames(countries, inputs.lookup);
  dropSharedAliases(countries);
  const places = [...Object.entries(PLACES), ...lookupNames.places].map(([name, alpha2]) => ({
    name,
    alpha2,
    continent: placeContinent(name, alpha2, inputs.lookup, countries),
    count: inputs.counts[name] ?? 0,
  }));
  const data = { countries, places, placeholders: lookupNames.placeholders };
  checkArchiveNames(data, inputs.counts);
  return { data, unassigned: lookupNames.unassigned };
}

function isoCountry(alpha2: string, inputs: CountryInputs): CountryData {
  const english = list(NAMES.en[alpha2]);
  const canonical = CANONICAL[alpha2] ?? english[0]!;
  const local = {
    es: list(NAMES.es[alpha2]),
    fr: list(NAMES.fr[alpha2]),
    pt: PORTUGUESE_NAMES[alpha2] ? [PORTUGUESE_NAMES[alpha2]] : list(NAMES.pt[alpha2]),
  };
  const spellings = [...english, ...(ALIASES[alpha2] ?? []), ...local.es, ...local.fr, ...local.pt];
  const point =
    inputs.keptPoints.get(alpha2) ?? SMALL_TERRITORY_POINTS[alpha2] ?? inputs.borders.pointInside(alpha2);
  return {
    canonical,
    alpha2,
    alpha3: iso.alpha2ToAlpha3(alpha2)!,
    numeric: iso.alpha2ToNumeric(alpha2) ?? null,
    official: inputs.officialNames.get(alpha2) ?? null,
    aliases: [...new Set(spellings.filter((name) => name !== canonical))],
    es: local.es[0] ?? null,
    fr: local.fr[0] ?? null,
    pt: local.pt[0] ?? null,
    continent: continentOf(canonical, alpha2, inputs.lookup),
    point: point ?? null,
    hasBorders: inputs.borders.drawn.has(alpha2),
    count: inputs.counts[canonical] ?? 0,
  };
}

/**
 * The continent the archive's registry gives a country: its lookup's first entry by name (as the registry looks it
 * up), else the lookup's map unit of the country itself, else the first region that lies in it.
 */
function continentOf(name: string, alpha2: string, lookup: readonly LookupEntry[]): string | null {
  const key = name.toLowerCase();
  const entry =
    lookup.find(
      (candidate) =>
        candidate.name.toLowerCase() === key || candidate.altNames.some((alt) => alt.toLowerCase() === key),
    ) ??
    lookup.find((candidate) => wholeCountryOf(candidate) === alpha2) ??
    lookup.find((candidate) => homeOf(candidate) === alpha2);
  return entry?.continent ?? null;
}

/** The country whose ISO code the lookup gives the map unit itself ("TCA" for "Turks and Caicos Is."). */
function wholeCountryOf(entry: LookupEntry): string | undefined {
  return iso.alpha3ToAlpha2(entry.unitCode);
}

/** The country the map unit lies in: its own ISO code, its sovereign's, or the ISO code of a Natural Earth one. */
function homeOf(entry: LookupEntry): string | undefined {
  return wholeCountryOf(entry) ?? iso.alpha3ToAlpha2(entry.iso3) ?? NATURAL_EARTH_CODES[entry.iso3];
}

function placeContinent(
  name: string,
  alpha2: string,
  lookup: readonly LookupEntry[],
  countries: readonly CountryData[],
): string | null {
  const entry = lookup.find((candidate) => fold(candidate.name) === fold(name));
  return entry?.continent ?? countries.find((country) => country.alpha2 === alpha2)?.continent ?? null;
}

interface LookupNames {
  places: [string, string][];
  placeholders: string[];
  /** Lookup names that neither name a country nor lie in one ISO 3166 codes (disputed areas). */
  unassigned: string[];
}

/** The lookup's names: new aliases of the countries they name, new regions of the countries they lie in. */
function assignLookupNames(countries: CountryData[], lookup: readonly LookupEntry[]): LookupNames {
  const known = new Map<string, CountryData | null>();
  for (const country of countries)
    for (const name of [country.canonical, ...country.aliases]) known.set(fold(name), country);
  for (const place of Object.keys(PLACES)) known.set(fold(place), null);
  const byAlpha2 = (alpha2: string | undefined) => countries.find((country) => country.alpha2 === alpha2);
  const result: LookupNames = { places: [], placeholders: [], unassigned: [] };
  for (const entry of lookup) {
    const names = [entry.name, ...entry.altNames];
    if (entry.iso3 === PLACEHOLDER_CODE) {
      result.placeholders.push(...names);
      continue;
    }
    const named =
      names.map((name) => known.get(fold(name))).find((country) => country) ??
      byAlpha2(wholeCountryOf(entry));
    const home = named ? undefined : byAlpha2(homeOf(entry));
    for (const name of names.filter((candidate) => !known.has(fold(candidate)))) {
      if (named) named.aliases.push(name);
      else if (home) result.places.push([name, home.alpha2]);
      else result.unassigned.push(name);
      known.set(fold(name), named ?? null);
    }
  }
  return result;
}

/** An alias two countries share ("Congo") names neither for certain: drop it from both. */
function dropSharedAliases(countries: CountryData[]): void {
  const owners = new Map<string, number>();
  for (const country of countries)
    for (const alias of country.aliases) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  for (const country of countries)
    country.aliases = country.aliases.filter((alias) => owners.get(alias) === 1);
}

/** Every name the archive uses must be a country, a region or the placeholder. */
function checkArchiveNames(data: CountriesData, counts: Readonly<Record<string, number>>): void {
  const known = new Set([
    ...data.countries.flatMap((country) => [country.canonical, ...country.aliases]),
    ...data.places.map((place) => place.name),
    ...data.placeholders,
  ]);
  const missing = Object.keys(counts).filter((name) => !known.has(name));
  if (missing.length > 0) throw new SourceError(`Archive names without a country: ${missing.join(', ')}`);
}
