/**
 * The portfolio's table as its reader arranged it: rows filtered, sorted by a column, grouped by country or year.
 * Pure functions of plain data, shared by the webview, the extension's export and the command line's report.
 */
import type { PortfolioRow } from '../service';
import { filterRows, parseFilter, type PortfolioFilter } from './filter';

export const COLUMNS = [
  'title',
  'kind',
  'country',
  'year',
  'sdgs',
  'methods',
  'completeness',
  'problems',
  'readiness',
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export type GroupBy = 'none' | 'country' | 'year';
export const GROUPINGS: readonly GroupBy[] = ['none', 'country', 'year'];

export interface PortfolioSort {
  column: ColumnId;
  descending: boolean;
}

/** Everything that decides which rows show and in what order: kept by the webview, sent to the extension. */
export interface PortfolioView {
  filter: PortfolioFilter;
  sort: PortfolioSort;
  group: GroupBy;
}

export const DEFAULT_VIEW: PortfolioView = {
  filter: {},
  sort: { column: 'title', descending: false },
  group: 'none',
};

/** A view from anything (a message, saved state); what is not right falls back to the default. */
export function parseView(value: unknown): PortfolioView {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const sort = (typeof record.sort === 'object' && record.sort !== null ? record.sort : {}) as Record<
    string,
    unknown
  >;
  return {
    filter: parseFilter(record.filter),
    sort: {
      column: COLUMNS.includes(sort.column as ColumnId)
        ? (sort.column as ColumnId)
        : DEFAULT_VIEW.sort.column,
      descending: sort.descending === true,
    },
    group: GROUPINGS.includes(record.group as GroupBy) ? (record.group as GroupBy) : 'none',
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const RANK_OF_READINESS = { blocked: 0, ready: 1, none: 2 } as const;

/** The share of questions answered; documents whose form asks nothing come last. */
export function completenessOf(row: PortfolioRow): number {
  return row.total === 0 ? -1 : row.answered / row.total;
}

/** What each column sorts by before it is ranked: missing values (no country, no year, no SDG) sort last. */
function sortValue(row: PortfolioRow, column: ColumnId): number | string | null {
  switch (column) {
    case 'title':
      return null;
    case 'kind':
      return `${row.kind} ${row.form ?? ''} ${row.edition ?? ''}`;
    case 'country':
      return row.country;
    case 'year':
      return row.year;
    case 'sdgs':
      return row.sdgs[0] ?? null;
    case 'methods':
      return row.methods.length === 0 ? null : [...row.methods].sort(collator.compare)[0]!;
    case 'completeness':
      return row.total === 0 ? null : completenessOf(row);
    case 'problems':
      return row.errors * 100_000 + row.warnings;
    case 'readiness':
      return RANK_OF_READINESS[row.readiness] * 100_000 - row.blockerCount;
  }
}

/**
 * Each row's place by title (then file), worked out once for a set of rows: sorting then compares numbers, not text,
 * so that sorting ten thousand rows again takes a few milliseconds.
 */
const titleRanks = new WeakMap<PortfolioRow, number>();

function rankTitles(rows: readonly PortfolioRow[]): void {
  if (rows.every((row) => titleRanks.has(row))) return;
  const sorted = [...rows].sort(
    (a, b) => collator.compare(a.title, b.title) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0),
  );
  sorted.forEach((row, index) => titleRanks.set(row, index));
}

/** Text values ranked among themselves (there are few: countries, years, forms), so that rows compare numbers. */
function numericKeys(values: (number | string | null)[]): (number | null)[] {
  const texts = [...new Set(values.filter((value): value is string => typeof value === 'string'))].sort(
    collator.compare,
  );
  const rank = new Map(texts.map((text, index) => [text, index]));
  return values.map((value) => (typeof value === 'string' ? rank.get(value)! : value));
}

/** Rows in the column's order, ties broken by title then file, so the order never depends on the reading order. */
export function sortRows(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  rankTitles(rows);
  const title = (row: PortfolioRow) => titleRanks.get(row)!;
  const keys =
    sort.column === 'title' ? rows.map(title) : numericKeys(rows.map((row) => sortValue(row, sort.column)));
  const keyed = rows.map((row, index) => ({ row, key: keys[index] ?? null, title: title(row) }));
  const direction = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
      return (a.key - b.key) * direction;
    }
    return a.title - b.title;
  });
  return keyed.map((entry) => entry.row);
}

/** A line of the table: a group's heading or a document. */
export type ViewItem =
  { type: 'group'; key: string | null; count: number } | { type: 'row'; row: PortfolioRow };

/** The rows that pass the filter, sorted, with a heading before each group; the count of rows that pass. */
export function arrange(
  rows: readonly PortfolioRow[],
  view: PortfolioView,
): { items: ViewItem[]; shown: number } {
  const sorted = sortRows(filterRows(rows, view.filter), view.sort);
  if (view.group === 'none')
    return { items: sorted.map((row) => ({ type: 'row', row })), shown: sorted.length };
  const groups = new Map<string | null, PortfolioRow[]>();
  for (const row of sorted) {
    const key = view.group === 'country' ? row.country : row.year;
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null || b === null ? (a === null ? 1 : 0) - (b === null ? 1 : 0) : collator.compare(a, b),
  );
  const items: ViewItem[] = [];
  for (const key of keys) {
    const members = groups.get(key)!;
    items.push({ type: 'group', key, count: members.length });
    for (const row of members) items.push({ type: 'row', row });
  }
  return { items, shown: sorted.length };
}

/** The rows that pass the filter, in the view's order (groups kept together): what an export writes. */
export function visibleRows(rows: readonly PortfolioRow[], view: PortfolioView): PortfolioRow[] {
  return arrange(rows, view).items.flatMap((item) => (item.type === 'row' ? [item.row] : []));
}

/** The values each filter offers, with how many documents have each, most common first (years newest first). */
export interface Facets {
  kinds: [string, number][];
  forms: [string, number][];
  countries: [string, number][];
  years: [string, number][];
  sdgs: [number, number][];
  methods: [string, number][];
}

function counted<K>(values: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const byCount = <K>(counts: Map<K, number>): [K, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || collator.compare(String(a[0]), String(b[0])));

export function facets(rows: readonly PortfolioRow[]): Facets {
  const present = <T>(values: (T | null)[]) => values.filter((value): value is T => value !== null);
  return {
    kinds: byCount(counted(rows.map((row) => row.kind))),
    forms: byCount(counted(present(rows.map((row) => row.form)))),
    countries: [...counted(present(rows.map((row) => row.country)))].sort((a, b) =>
      collator.compare(a[0], b[0]),
    ),
    years: [...counted(present(rows.map((row) => row.year)))].sort((a, b) => collator.compare(b[0], a[0])),
    sdgs: [...counted(rows.flatMap((row) => row.sdgs))].sort((a, b) => a[0] - b[0]),
    methods: byCount(counted(rows.flatMap((row) => row.methods))),
  };
}
