// Regenerates the vocabularies (server/src/service/vocab/data: sdgs.json, enums.json, countries.json) from the
// platform's own lists. Run: npm run vocab -- PLATFORM_CHECKOUT ARCHIVE_CHECKOUT [--toolkit DIR] [--iso-codes FILE]
// [--data DIR]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { buildAnswers, type CommittedAnswer } from './answers';
import { buildCountries } from './countries';
import { CountryBorders, type Point } from './countryPoints';
import {
  readAnswerLists,
  readCountryLookup,
  readSdgRows,
  readToolkitSdgSpellings,
  SourceError,
} from './platformSources';
import { buildSdgs, type CommittedSdg } from './sdgs';

const ROOT = join(import.meta.dirname, '..', '..');
export const DATA_FOLDER = join(ROOT, 'server', 'src', 'service', 'vocab', 'data');
const ARCHIVE_COUNTRY_COUNTS = join(ROOT, 'scripts', 'data', 'archive-countries.json');

export const USAGE = `Usage: npm run vocab -- PLATFORM_CHECKOUT ARCHIVE_CHECKOUT [--toolkit DIR] [--iso-codes FILE]
                     [--data DIR]

Regenerates sdgs.json, enums.json and countries.json from the platform's own lists:
  PLATFORM_CHECKOUT  a folder holding UNDP-Accelerator-Labs/platform: init_taxonomies.sql, config/edit/exp.js, sm.js
  ARCHIVE_CHECKOUT   a folder holding the gh-pages branch of UNDP-Accelerator-Labs/sdg-innovation-commons, or just
                     its __scripts__/data/country_lookup.json
  --toolkit DIR      a checkout of UNDP-Accelerator-Labs/RBLAC-SIGNATURE-SOLUTIONS, to add the SDG spellings of its
                     cards (without it, the spellings already known are kept)
  --iso-codes FILE   iso-codes' iso_3166-1.json (Debian: /usr/share/iso-codes/json/iso_3166-1.json), for the
                     countries' official names (without it, the names already known are kept)
  --data DIR         the vocabulary data to refresh (default: server/src/service/vocab/data). It is read too: what
                     the platform lacks (official names and statements, colours, counts of use, points) is kept.
`;

class UsageError extends Error {}

interface Options {
  platform: string;
  archive: string;
  toolkit: string | null;
  isoCodes: string | null;
  data: string;
}

function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { toolkit: { type: 'string' }, 'iso-codes': { type: 'string' }, data: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [platform, archive, ...rest] = positionals;
  if (!platform || !archive || rest.length > 0)
    throw new UsageError('Give two folders: the platform and the archive.');
  return {
    platform,
    archive,
    toolkit: values.toolkit ?? null,
    isoCodes: values['iso-codes'] ?? null,
    data: values.data ?? DATA_FOLDER,
  };
}

function readSource(folder: string, path: string, what: string): string {
  const file = join(folder, path);
  if (!existsSync(file)) throw new UsageError(`${file} is missing: is ${folder} a checkout of ${what}?`);
  return readFileSync(file, 'utf8');
}

function readJson<T>(path: string): T {
  if (!existsSync(path)) throw new UsageError(`${path} is missing.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new SourceError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The countries' points of the committed countries.json, by ISO code. */
function keptPoints(data: string): Map<string, Point> {
  const { countries } = readJson<{ countries: { alpha2: string; point: Point | null }[] }>(
    join(data, 'countries.json'),
  );
  return new Map(countries.flatMap((country) => (country.point ? [[country.alpha2, country.point]] : [])));
}

/** The countries' official names: those of the committed countries.json, then iso-codes' when given. */
function officialNames(data: string, isoCodes: string | null): Map<string, string> {
  const { countries } = readJson<{ countries: { alpha2: string; official?: string | null }[] }>(
    join(data, 'countries.json'),
  );
  const names = new Map(
    countries.flatMap((country) => (country.official ? [[country.alpha2, country.official] as const] : [])),
  );
  if (!isoCodes) return names;
  const iso = readJson<{ '3166-1'?: { alpha_2: string; name: string; official_name?: string }[] }>(isoCodes);
  if (!Array.isArray(iso['3166-1'])) throw new SourceError(`${isoCodes} holds no "3166-1" list.`);
  for (const entry of iso['3166-1']) names.set(entry.alpha_2, entry.official_name ?? entry.name);
  return names;
}

/** The three files' new contents, by file name, as plain data (not yet formatted), and the lookup's names left out. */
function buildVocabularies(options: Options): { files: Record<string, unknown>; leftOut: string[] } {
  const platform = 'UNDP-Accelerator-Labs/platform';
  const archive = 'the archive (sdg-innovation-commons, gh-pages)';
  const sql = readSource(options.platform, 'init_taxonomies.sql', platform);
  const lists = ['exp.js', 'sm.js'].flatMap((name) =>
    readAnswerLists(readSource(options.platform, join('config', 'edit', name), platform), name),
  );
  const lookup = readCountryLookup(
    readSource(options.archive, join('__scripts__', 'data', 'country_lookup.json'), archive),
  );
  if (options.toolkit && !existsSync(options.toolkit)) throw new UsageError(`${options.toolkit} is missing.`);
  const cards = options.toolkit
    ? markdownFiles(options.toolkit).map((path) => readFileSync(path, 'utf8'))
    : [];
  const countries = buildCountries({
    lookup,
    counts: readJson(ARCHIVE_COUNTRY_COUNTS),
    keptPoints: keptPoints(options.data),
    officialNames: officialNames(options.data, options.isoCodes),
    borders: new CountryBorders(),
  });
  const files = {
    'sdgs.json': buildSdgs(
      readSdgRows(sql),
      readJson<CommittedSdg[]>(join(options.data, 'sdgs.json')),
      readToolkitSdgSpellings(cards),
    ),
    'enums.json': buildAnswers(
      lists,
      readJson<Record<string, CommittedAnswer[]>>(join(options.data, 'enums.json')),
    ),
    'countries.json': countries.data,
  };
  return { files, leftOut: countries.unassigned };
}

/** Writes each file as Prettier formats it, so that a refresh of unchanged lists changes nothing. */
async function writeVocabularies(folder: string, files: Record<string, unknown>): Promise<Refreshed[]> {
  const refreshed: Refreshed[] = [];
  for (const [name, data] of Object.entries(files)) {
    const path = join(folder, name);
    // The project's style, wherever the files are written.
    const config = (await prettier.resolveConfig(join(DATA_FOLDER, name))) ?? {};
    // Indented first: Prettier keeps an object on several lines when its source had it so.
    const text = await prettier.format(JSON.stringify(data, null, 2), { ...config, filepath: path });
    const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
    if (changed) writeFileSync(path, text);
    refreshed.push({ path, changed });
  }
  return refreshed;
}

export interface Refreshed {
  path: string;
  changed: boolean;
}

/**
 * Reads the sources named on the command line and rewrites the vocabularies that changed; also says which names of
 * the country lookup lie in no country (disputed areas), and were left out.
 */
export async function refreshVocabularies(
  argv: readonly string[],
): Promise<{ files: Refreshed[]; leftOut: string[] }> {
  const options = parseOptions(argv);
  const { files, leftOut } = buildVocabularies(options);
  return { files: await writeVocabularies(resolve(options.data), files), leftOut };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const { files, leftOut } = await refreshVocabularies(argv);
    if (leftOut.length > 0) console.log(`Left out, in no country: ${leftOut.join(', ')}`);
    for (const { path, changed } of files) console.log(`${changed ? 'written  ' : 'unchanged'} ${path}`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof SourceError)) throw error;
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error.message);
    return 2;
  }
}

if (process.argv[1] === import.meta.filename)
  void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
