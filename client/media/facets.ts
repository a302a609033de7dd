/**
 * The filters of the workspace map, as data: each facet says which values a document has for it, so a filter is a
 * plain object (facet → chosen value) that the map, and any other view of the same documents, can share.
 */
import type { PortfolioFilter } from '../../server/src/portfolio/filter';
import type { DocumentType } from '../src/panels/messages';

/** What the filters read of a document: the workspace map's entries, and any richer row that has these fields. */
export interface FacetEntry {
  kind: string;
  form: string | null;
  year: string | null;
  country: string;
  sdgs: readonly number[];
  readiness?: { ready: boolean };
}

export type FacetId = 'type' | 'year' | 'country' | 'sdg' | 'readiness';

/** The chosen value of each facet; a facet left out, or set to '', lets every document through. */
export type FilterState = Partial<Record<FacetId, string>>;

export interface FacetOption {
  value: string;
  count: number;
}

const TYPE_ORDER: readonly DocumentType[] = [
  'plan',
  'closing',
  'learningplan',
  'experiment',
  'solution',
  'toolkit',
  'other',
];

/** Plan form and closing form are both learning plans: the form tells them apart. */
export function documentType(entry: Pick<FacetEntry, 'kind' | 'form'>): DocumentType {
  if (entry.kind === 'learningplan') {
    if (entry.form === 'plan' || entry.form === 'closing') return entry.form;
    return 'learningplan';
  }
  if (entry.kind === 'experiment' || entry.kind === 'solution' || entry.kind === 'toolkit') return entry.kind;
  return 'other';
}

/** The values a document has for a facet (several for SDGs, none when it says nothing). */
export function facetValues(entry: FacetEntry, facet: FacetId): string[] {
  switch (facet) {
    case 'type':
      return [documentType(entry)];
    case 'year':
      return entry.year ? [entry.year] : [];
    case 'country':
      return entry.country ? [entry.country] : [];
    case 'sdg':
      return entry.sdgs.map(String);
    case 'readiness':
      return entry.readiness ? [entry.readiness.ready ? 'ready' : 'not-ready'] : [];
  }
}

export function passesFilters(entry: FacetEntry, filters: FilterState): boolean {
  return (Object.entries(filters) as [FacetId, string | undefined][]).every(
    ([facet, chosen]) => !chosen || facetValues(entry, facet).includes(chosen),
  );
}

/** The facets worth offering: readiness only once documents carry it. */
export function availableFacets(entries: readonly FacetEntry[]): FacetId[] {
  const facets: FacetId[] = ['type', 'year', 'country', 'sdg'];
  if (entries.some((entry) => entry.readiness)) facets.push('readiness');
  return facets;
}

/**
 * The filters that still mean something for these documents: a value kept from an earlier session that no document
 * has any more is dropped, rather than hiding every document behind a menu that shows "All".
 */
export function applicableFilters(entries: readonly FacetEntry[], filters: FilterState): FilterState {
  const facets = availableFacets(entries);
  return Object.fromEntries(
    (Object.entries(filters) as [FacetId, string | undefined][]).filter(
      ([facet, chosen]) =>
        !!chosen &&
        facets.includes(facet) &&
        entries.some((entry) => facetValues(entry, facet).includes(chosen)),
    ),
  );
}

/** The values of a facet among the documents, each with how many documents have it, in a reading order. */
export function facetOptions(entries: readonly FacetEntry[], facet: FacetId): FacetOption[] {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const value of new Set(facetValues(entry, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => compareValues(facet, a.value, b.value));
}

function compareValues(facet: FacetId, a: string, b: string): number {
  if (facet === 'type') return TYPE_ORDER.indexOf(a as DocumentType) - TYPE_ORDER.indexOf(b as DocumentType);
  if (facet === 'sdg' || facet === 'year') return Number(a) - Number(b) || a.localeCompare(b);
  if (facet === 'readiness') return a === 'ready' ? -1 : b === 'ready' ? 1 : 0;
  return a.localeCompare(b);
}

/**
 * The menus chosen on the map as the portfolio's filter, for opening the portfolio on what the map shows: a type
 * becomes a form (plan, closing) or a kind (experiment, solution, toolkit), readiness a verdict. What the portfolio
 * cannot say as one filter (a learning plan of no known form, other documents) is left out.
 */
export function facetsAsFilter(filters: FilterState): PortfolioFilter {
  const filter: PortfolioFilter = {};
  const { type, year, country, sdg, readiness } = filters;
  if (type === 'plan' || type === 'closing') filter.form = type;
  else if (type === 'experiment' || type === 'solution' || type === 'toolkit') filter.kind = type;
  if (year) filter.year = year;
  if (country) filter.country = country;
  if (sdg && Number.isInteger(Number(sdg))) filter.sdg = Number(sdg);
  if (readiness === 'ready') filter.readiness = 'ready';
  else if (readiness === 'not-ready') filter.readiness = 'blocked';
  return filter;
}
