/**
 * Messages between the extension and its webviews, declared once for both sides. Whatever arrives is checked
 * against these shapes before it is acted on: a webview is only as trusted as the documents it shows.
 */
import { parseFilter, type PortfolioFilter } from '../../../server/src/portfolio/filter';
import type { MapEntry, MapPlace } from '../../../server/src/service';

export type { MapEntry, MapPlace };

export type PreviewToExtension =
  { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'openLink'; href: string };

/** `uri` names the document drawn, which the page keeps so that VS Code can bring the preview back after a reload. */
export type ExtensionToPreview =
  { type: 'render'; html: string; uri: string } | { type: 'scrollTo'; line: number };

/** A message in the singular and in the plural, `{0}` standing for the count. */
export interface Plural {
  one: string;
  other: string;
}

/** What the maps show of a document's type: plan form, closing form, experiment, solution, toolkit card… */
export type DocumentType =
  'plan' | 'closing' | 'learningplan' | 'experiment' | 'solution' | 'toolkit' | 'other';

/** Every word the map pages show or say to a screen reader, in the display language. */
export interface MapLabels {
  /** The display language, for numbers, lists and plurals. */
  locale: string;
  heading: string;
  map: string;
  mapHint: string;
  legend: string;
  /** What a cluster is, in the legend. */
  legendCluster: string;
  filters: string;
  any: string;
  facets: { type: string; year: string; country: string; sdg: string; readiness: string };
  types: Record<DocumentType, string>;
  /** Counts of documents of one type ("3 plans"), and of mixed types ("3 documents"). */
  counts: Record<DocumentType | 'mixed', Plural>;
  /** Goal names by number. */
  sdgNames: Record<string, string>;
  /** `{0}` what, `{1}` where: "3 plans in Peru — zoom in". */
  clusterZoom: string;
  clusterSpread: string;
  /** `{0}` what, when the documents name no country. */
  clusterZoomNowhere: string;
  clusterSpreadNowhere: string;
  /** "{0} more", the end of a list of countries cut short. */
  more: string;
  /** A document without a title, named by its file: "Untitled ({0})". */
  untitled: string;
  entryHint: string;
  answered: string;
  errors: Plural;
  warnings: Plural;
  noProblems: string;
  ready: string;
  notReady: string;
  /** "Not ready: {0}", with what blocks it. */
  blockedBy: string;
  closePopup: string;
  /** The list beside the map: "Documents on the map ({0})", "Locations in this document ({0})". */
  listWorkspace: string;
  listDocument: string;
  noLocation: string;
  /** A document's location: `{0}` the country, `{1}` the coordinates. */
  placeInside: string;
  placeOutside: string;
  placeUnknown: string;
  markerHint: string;
  inside: string;
  outside: string;
  /** What names the line that says which filter the workspace map shows (the portfolio's, given by a command). */
  filterGroup: string;
  clearFilter: string;
  openAsPortfolio: string;
}

export type ExtensionToMap =
  | { type: 'document'; uri: string; places: MapPlace[]; highlight: string[]; labels: MapLabels }
  | {
      type: 'workspace';
      entries: MapEntry[];
      complete: boolean;
      labels: MapLabels;
      /** The filter the points passed (empty for the whole workspace), and it in words ("Filtered: SDG 5 · Peru"). */
      filter: PortfolioFilter;
      filterText: string;
    };

export type MapToExtension =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; uri?: string }
  | { type: 'move'; line: number; lat: number; lng: number }
  | { type: 'open'; uri: string; line: number }
  | { type: 'clearFilter' }
  | { type: 'openPortfolio'; filter: PortfolioFilter };

const isLine = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 10_000_000;
const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function parsePreviewMessage(value: unknown): PreviewToExtension | null {
  if (!isRecord(value)) return null;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'reveal' && isLine(value.line)) return { type: 'reveal', line: value.line };
  if (value.type === 'openLink' && typeof value.href === 'string' && /^(https?:|mailto:)/i.test(value.href)) {
    return { type: 'openLink', href: value.href };
  }
  return null;
}

export function parseMapMessage(value: unknown): MapToExtension | null {
  if (!isRecord(value)) return null;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'reveal' && isLine(value.line)) {
    return typeof value.uri === 'string'
      ? { type: 'reveal', line: value.line, uri: value.uri }
      : { type: 'reveal', line: value.line };
  }
  if (
    value.type === 'move' &&
    isLine(value.line) &&
    isCoordinate(value.lat, 90) &&
    isCoordinate(value.lng, 180)
  ) {
    return { type: 'move', line: value.line, lat: value.lat, lng: value.lng };
  }
  if (value.type === 'open' && typeof value.uri === 'string' && isLine(value.line))
    return { type: 'open', uri: value.uri, line: value.line };
  if (value.type === 'clearFilter') return { type: 'clearFilter' };
  if (value.type === 'openPortfolio') return { type: 'openPortfolio', filter: parseFilter(value.filter) };
  return null;
}
