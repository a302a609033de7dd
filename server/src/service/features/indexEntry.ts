import { completeness } from '../forms/completeness';
import { parseLatLng } from '../geo/latlng';
import type { ParsedDocument } from '../model';
import { resolveCountry } from '../vocab/countries';
import { sdgVocabulary } from '../vocab/sdgs';

/** What the workspace map and cross-document checks need of one document: small, so that thousands fit. */
export interface IndexEntry {
  uri: string;
  title: string;
  kind: string;
  form: string | null;
  year: string | null;
  focalPoint: string | null;
  sdgs: number[];
  places: { country: string; alpha2: string | null; lat: number; lng: number; line: number }[];
  answered: number;
  total: number;
}

export function indexEntry(uri: string, doc: ParsedDocument): IndexEntry {
  const values = (key: string) => doc.tags.filter((tag) => tag.key.toLowerCase() === key);
  const countries = values('country');
  const places = values('latlng').flatMap((tag, index) => {
    const point = parseLatLng(tag.value);
    if (!point || Math.abs(point.lat) > 90 || Math.abs(point.lng) > 180) return [];
    const country = countries[index]?.value ?? '';
    return [
      {
        country,
        alpha2: resolveCountry(country)?.country.alpha2 ?? null,
        lat: point.lat,
        lng: point.lng,
        line: tag.line,
      },
    ];
  });
  const counted = completeness(doc);
  return {
    uri,
    title: doc.title?.text ?? '',
    kind: doc.kind,
    form: doc.form,
    year: values('year')[0]?.value ?? null,
    focalPoint: values('focal_point')[0]?.value ?? null,
    sdgs: values('sdgs').flatMap((tag) => {
      const goal = sdgVocabulary.lookup(tag.value)?.entry;
      return goal ? [goal.number] : [];
    }),
    places,
    answered: counted.answered,
    total: counted.total,
  };
}
