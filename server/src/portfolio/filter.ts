/**
 * What a reader of the portfolio (or of the workspace map) narrows the documents to: plain data, so that it can be
 * kept by a webview, sent in a message, passed to a command and read back, and applied the same way everywhere.
 */
import type { MapEntry, PortfolioReadiness } from '../service';

export interface PortfolioFilter {
  /** learningplan, experiment, solution, toolkit */
  kind?: string;
  /** plan, closing, experiment, solution, toolkit */
  form?: string;
  country?: string;
  year?: string;
  sdg?: number;
  method?: string;
  readiness?: PortfolioReadiness;
  /** Words the title, country, methods, year or file name contain, each of them, in any case or accent. */
  text?: string;
}

/** What a filter reads of a document: a portfolio row has all of it; a map entry may lack methods or readiness. */
export interface FilterSubject {
  uri: string;
  title: string;
  kind: string;
  form: string | null;
  country: string | null;
  year: string | null;
  sdgs: readonly number[];
  methods?: readonly string[];
  readiness?: PortfolioReadiness;
}

const FIELDS = ['kind', 'form', 'country', 'year', 'method'] as const;
const READINESS: readonly PortfolioReadiness[] = ['ready', 'blocked', 'none'];
const LONGEST = 200;

/**
 * A filter from anything (a message, a command's argument, a webview's saved state): the fields that are what they
 * should be are kept, the rest dropped. Never throws.
 */
export function parseFilter(value: unknown): PortfolioFilter {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const filter: PortfolioFilter = {};
  for (const field of FIELDS) {
    const text = record[field];
    if (typeof text === 'string' && text !== '' && text.length <= LONGEST) filter[field] = text;
  }
  if (Number.isInteger(record.sdg) && (record.sdg as number) >= 1 && (record.sdg as number) <= 17)
    filter.sdg = record.sdg as number;
  if (READINESS.includes(record.readiness as PortfolioReadiness))
    filter.readiness = record.readiness as PortfolioReadiness;
  if (typeof record.text === 'string' && record.text.trim() !== '')
    filter.text = record.text.slice(0, LONGEST);
  return filter;
}

export function isEmptyFilter(filter: PortfolioFilter): boolean {
  return Object.keys(filter).length === 0;
}

/** Text for matching: lower case, without accents. */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each subject's words, worked out once: filtering thousands of rows on every keystroke stays cheap. */
const haystacks = new WeakMap<FilterSubject, string>();

function haystack(subject: FilterSubject): string {
  let text = haystacks.get(subject);
  if (text === undefined) {
    const file = decodeURIComponent(subject.uri.slice(subject.uri.lastIndexOf('/') + 1));
    const parts = [
      subject.title,
      subject.country ?? '',
      subject.year ?? '',
      file,
      ...(subject.methods ?? []),
    ];
    text = searchable(parts.join('\n'));
    haystacks.set(subject, text);
  }
  return text;
}

/** Whether a document passes every field of the filter (an empty filter passes everything). */
export function matchesFilter(subject: FilterSubject, filter: PortfolioFilter): boolean {
  if (filter.kind !== undefined && subject.kind !== filter.kind) return false;
  if (filter.form !== undefined && subject.form !== filter.form) return false;
  if (filter.country !== undefined && subject.country !== filter.country) return false;
  if (filter.year !== undefined && subject.year !== filter.year) return false;
  if (filter.sdg !== undefined && !subject.sdgs.includes(filter.sdg)) return false;
  if (filter.method !== undefined && !(subject.methods ?? []).includes(filter.method)) return false;
  if (filter.readiness !== undefined && subject.readiness !== filter.readiness) return false;
  if (filter.text !== undefined) return matchesWords(subject, words(filter.text));
  return true;
}

function words(text: string): string[] {
  return searchable(text).split(/\s+/).filter(Boolean);
}

function matchesWords(subject: FilterSubject, wanted: readonly string[]): boolean {
  const text = haystack(subject);
  return wanted.every((word) => text.includes(word));
}

/** Works out each subject's words ahead of the first search (the page does it while idle). */
export function prepareSearch(subjects: readonly FilterSubject[]): void {
  for (const subject of subjects) haystack(subject);
}

/**
 * What the filter reads of a workspace map's point: its document, as the portfolio's row shows it (its first country,
 * not the place's; its readiness once it was checked, else unknown, which a filter by readiness lets through nowhere).
 */
export function mapEntrySubject(entry: MapEntry): FilterSubject {
  return {
    uri: entry.uri,
    title: entry.title,
    kind: entry.kind,
    form: entry.form,
    country: entry.documentCountry,
    year: entry.year,
    sdgs: entry.sdgs,
    methods: entry.methods,
    ...(entry.problems === undefined
      ? {}
      : { readiness: !entry.readiness ? 'none' : entry.readiness.ready ? 'ready' : 'blocked' }),
  };
}

/** The workspace map's points whose documents pass the filter: each document's points all, or none of them. */
export function filterMapEntries(entries: readonly MapEntry[], filter: PortfolioFilter): MapEntry[] {
  if (isEmptyFilter(filter)) return [...entries];
  const passes = new Map<string, boolean>();
  return entries.filter((entry) => {
    let pass = passes.get(entry.uri);
    if (pass === undefined) passes.set(entry.uri, (pass = matchesFilter(mapEntrySubject(entry), filter)));
    return pass;
  });
}

export function filterRows<T extends FilterSubject>(rows: readonly T[], filter: PortfolioFilter): T[] {
  if (isEmptyFilter(filter)) return [...rows];
  // The words are read once for all rows, not once a row.
  const { text, ...fields } = filter;
  const wanted = text === undefined ? [] : words(text);
  return rows.filter((row) => matchesFilter(row, fields) && matchesWords(row, wanted));
}
