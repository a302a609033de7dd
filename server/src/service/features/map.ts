import type { DocumentAnalysis } from '../analysis/types';
import type { TextEdit } from '../rules/types';
import type { WorkspaceEntry } from './indexEntry';
import { placeSummaries } from './summary';

/** A location of one document, as its map shows it. */
export interface MapPlace {
  lat: number;
  lng: number;
  line: number;
  country: string;
  /** Whether the point lies in the named country; null when unknown. */
  inside: boolean | null;
}

/** One document's map: its places, and the countries it names (ISO numeric codes, as the borders carry them). */
export interface DocumentMap {
  title: string;
  places: MapPlace[];
  highlight: string[];
}

/** What one marker of the workspace map stands for: a document at one of its places. */
export interface MapEntry {
  uri: string;
  title: string;
  kind: string;
  /** The form the document follows (plan, closing, experiment…), or null when none is recognised. */
  form: string | null;
  year: string | null;
  /** The country of this place, as the document writes it. */
  country: string;
  /**
   * The document's country as the portfolio shows and filters it: its first, in the platform's spelling when known
   * (null when it names none).
   */
  documentCountry: string | null;
  sdgs: number[];
  /** Its methods, each once, in the platform's spelling when the platform offers it. */
  methods: string[];
  lat: number;
  lng: number;
  line: number;
  /** Questions answered, and asked, by the document's form. */
  answered: number;
  total: number;
  /** The document's problems, once it was checked. */
  problems?: { errors: number; warnings: number };
  /** Whether the document is ready for the platform and, when not, what blocks it, once it was checked. */
  readiness?: { ready: boolean; blockers: string[] };
}

export function documentMap({ doc }: DocumentAnalysis): DocumentMap {
  const summaries = placeSummaries(doc);
  return {
    title: doc.title?.text ?? '',
    places: summaries.flatMap((place) =>
      place.point ? [{ ...place.point, country: place.country, inside: place.inside }] : [],
    ),
    highlight: summaries.flatMap((place) => (place.numeric ? [place.numeric] : [])),
  };
}

/**
 * The edit that moves a document's location to a point: the value of its `[[latlng:…]]` tag on that line. Null when
 * the line holds no such tag (the document changed since the map was drawn).
 */
export function moveLocationEdit(
  { doc }: DocumentAnalysis,
  line: number,
  lat: number,
  lng: number,
): TextEdit[] | null {
  const tag = doc.tags.find(
    (candidate) => candidate.line === line && candidate.key.toLowerCase() === 'latlng',
  );
  if (!tag || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return null;
  return [{ range: tag.valueRange, newText: `${round(lat)},${round(lng)}` }];
}

/** Six decimals: about ten centimetres, more than any map click means. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Every located document of the workspace, one marker per document and distinct place: solutions repeat the same
 * country and location up to four times, and one marker stands for all of them.
 */
export function workspaceMap(entries: readonly WorkspaceEntry[]): MapEntry[] {
  return entries.flatMap((entry) => {
    const seen = new Set<string>();
    const status = entryStatus(entry);
    return entry.places.flatMap((place) => {
      const key = `${place.lat},${place.lng}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          uri: entry.uri,
          title: entry.title,
          kind: entry.kind,
          form: entry.form,
          year: entry.year,
          country: place.country,
          documentCountry: entry.country,
          sdgs: entry.sdgs,
          methods: entry.methods,
          lat: place.lat,
          lng: place.lng,
          line: place.line,
          answered: entry.answered,
          total: entry.total,
          ...status,
        },
      ];
    });
  });
}

function entryStatus({ problems, readiness }: WorkspaceEntry): Pick<MapEntry, 'problems' | 'readiness'> {
  return {
    ...(problems ? { problems: { errors: problems.error, warnings: problems.warning } } : {}),
    ...(readiness?.applies
      ? { readiness: { ready: readiness.ready, blockers: readiness.blockers.map((item) => item.message) } }
      : {}),
  };
}
