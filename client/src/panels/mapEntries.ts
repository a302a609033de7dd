import type { IndexEntry } from '../../../server/src/protocol';
import type { MapEntry } from './messages';

/** What the index may add to an entry for the portfolio; the map shows it when it is there. */
export interface PortfolioFields {
  problems?: { errors: number; warnings: number };
  readiness?: { ready: boolean; blockers: string[] };
}

/**
 * The workspace map's markers: one per document and distinct place. Solutions repeat the same country and
 * location up to four times; one marker stands for all of them.
 */
export function mapEntries(entries: readonly (IndexEntry & PortfolioFields)[]): MapEntry[] {
  return entries.flatMap((entry) => {
    const seen = new Set<string>();
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
          sdgs: entry.sdgs,
          lat: place.lat,
          lng: place.lng,
          line: place.line,
          answered: entry.answered,
          total: entry.total,
          ...(entry.problems ? { problems: entry.problems } : {}),
          ...(entry.readiness ? { readiness: entry.readiness } : {}),
        },
      ];
    });
  });
}
