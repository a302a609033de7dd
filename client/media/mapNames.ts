/**
 * What the maps' markers, clusters and lists are called: the names a screen reader speaks, and the words of the
 * popups, from the labels the extension sends in the display language.
 */
import type { DocumentType, MapEntry, MapLabels, MapPlace, Plural } from '../src/panels/messages';
import { documentType, facetOptions, type FacetId } from './facets';

/** A template with `{0}`, `{1}`… filled in. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => String(values[Number(index)] ?? match));
}

/** Intl objects for the display language, falling back to English when it is one the runtime does not know. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(safeLocale(locale)).format(value);
}

/** "1 plan", "3 plans": the plural rule of the display language picks the form. */
export function formatCount(plural: Plural, count: number, locale: string): string {
  const form = new Intl.PluralRules(safeLocale(locale)).select(count) === 'one' ? plural.one : plural.other;
  return fill(form, formatNumber(count, locale));
}

/** "Peru", "Peru and Chile", "Peru, Chile and 3 more". */
export function countryList(countries: readonly string[], labels: MapLabels): string {
  const shown = countries.slice(0, 2);
  const rest = countries.length - shown.length;
  const items = rest > 0 ? [...shown, fill(labels.more, formatNumber(rest, labels.locale))] : shown;
  return new Intl.ListFormat(safeLocale(labels.locale), { type: 'conjunction' }).format(items);
}

/** The last segment of a document's URI, decoded: what names a document that has no title. */
export function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A document's title, or "Untitled (its-file.md)": every document gets a name. */
export function entryTitle(entry: Pick<MapEntry, 'title' | 'uri'>, labels: MapLabels): string {
  return entry.title.trim() || fill(labels.untitled, fileName(entry.uri));
}

/** What a document is, where and when: "Plan form, Peru, 2023". */
export function entryDetails(entry: MapEntry, labels: MapLabels): string {
  return [labels.types[documentType(entry)], entry.country, entry.year ?? '']
    .filter((part) => part !== '')
    .join(', ');
}

/** A document marker's name: "Title — Plan form, Peru, 2023". */
export function entryName(entry: MapEntry, labels: MapLabels): string {
  return `${entryTitle(entry, labels)} — ${entryDetails(entry, labels)}`;
}

/** Whether every document sits on the same point, so that a click spreads them apart rather than zooming. */
export function sharePoint(entries: readonly Pick<MapEntry, 'lat' | 'lng'>[]): boolean {
  return entries.every((entry) => entry.lat === entries[0]?.lat && entry.lng === entries[0]?.lng);
}

/** A cluster's name: "3 plans in Peru — zoom in", "2 documents in Peru — show each". */
export function clusterName(entries: readonly MapEntry[], labels: MapLabels): string {
  const types = new Set(entries.map((entry) => documentType(entry)));
  const type: DocumentType | 'mixed' = types.size === 1 ? [...types][0]! : 'mixed';
  const what = formatCount(labels.counts[type], entries.length, labels.locale);
  const countries = [...new Set(entries.map((entry) => entry.country).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b),
  );
  const spread = sharePoint(entries);
  if (countries.length === 0)
    return fill(spread ? labels.clusterSpreadNowhere : labels.clusterZoomNowhere, what);
  return fill(spread ? labels.clusterSpread : labels.clusterZoom, what, countryList(countries, labels));
}

/** A document map's marker: "Bolivia, at -16.2902, -63.5887", and whether the point lies outside the country. */
export function placeName(place: MapPlace, labels: MapLabels): string {
  const at = `${place.lat.toFixed(4)}, ${place.lng.toFixed(4)}`;
  if (!place.country) return fill(labels.placeUnknown, at);
  return fill(place.inside === false ? labels.placeOutside : labels.placeInside, place.country, at);
}

/** A document's completeness: "12 of 17 questions answered". */
export function answeredText(entry: Pick<MapEntry, 'answered' | 'total'>, labels: MapLabels): string {
  return fill(
    labels.answered,
    formatNumber(entry.answered, labels.locale),
    formatNumber(entry.total, labels.locale),
  );
}

/** "2 errors, 1 warning", or "No problems". */
export function problemsText(problems: { errors: number; warnings: number }, labels: MapLabels): string {
  const parts = [
    problems.errors > 0 ? formatCount(labels.errors, problems.errors, labels.locale) : '',
    problems.warnings > 0 ? formatCount(labels.warnings, problems.warnings, labels.locale) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : labels.noProblems;
}

/** "Ready for the platform", or "Not ready: what blocks it". */
export function readinessText(readiness: { ready: boolean; blockers: string[] }, labels: MapLabels): string {
  if (readiness.ready) return labels.ready;
  return readiness.blockers.length > 0
    ? fill(labels.blockedBy, readiness.blockers.join('; '))
    : labels.notReady;
}

/** How a facet's value reads in its menu: "Plan form", "5. Gender Equality", "Ready for the platform". */
export function optionLabel(facet: FacetId, value: string, labels: MapLabels): string {
  if (facet === 'type') return labels.types[value as DocumentType] ?? value;
  if (facet === 'sdg') return `${value}. ${labels.sdgNames[value] ?? ''}`.trim();
  if (facet === 'readiness') return value === 'ready' ? labels.ready : labels.notReady;
  return value;
}

/** The types present among the documents, for the legend, with their counts. */
export function typeCounts(entries: readonly MapEntry[]): { type: DocumentType; count: number }[] {
  return facetOptions(entries, 'type').map((option) => ({
    type: option.value as DocumentType,
    count: option.count,
  }));
}
