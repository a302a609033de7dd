import { completeness } from '../forms/completeness';
import { parseLatLng } from '../geo/latlng';
import type { DocumentAnalysis } from '../analysis/types';
import type { Range, Severity } from '../model';
import type { Readiness } from './readiness';
import { documentAnchor } from '../rules/anchors';
import { ownCopy } from '../text/ownCopy';
import { resolveCountry } from '../vocab/countries';
import { methodVocabulary } from '../vocab/methods';
import { fold } from '../vocab/normalize';
import { sdgVocabulary } from '../vocab/sdgs';
import { textSignature } from './textSignature';

/** What the workspace map and cross-document checks need of one document: small, so that thousands fit. */
export interface IndexEntry {
  uri: string;
  title: string;
  /** Where findings about the whole document go: the title's range. */
  titleRange: Range;
  kind: string;
  form: string | null;
  /** The edition of the form it follows (a closing form's, or a Lab's own), when the form has several. */
  edition: string | null;
  year: string | null;
  /** The first country, in the platform's spelling when known. */
  country: string | null;
  focalPoint: string | null;
  focalPointRange: Range | null;
  sdgs: number[];
  /** Its methods, each once, in the platform's spelling when the platform offers it. */
  methods: string[];
  places: { country: string; alpha2: string | null; lat: number; lng: number; line: number }[];
  answered: number;
  total: number;
  /** What a learning plan is about, as word stems (for matching a closing form to its plan); empty for others. */
  signature: string[];
}

/** Entries outlive their documents: they keep copies, not slices that would keep the whole text alive. */
function copyOrNull(value: string | undefined): string | null {
  return value === undefined ? null : ownCopy(value);
}

export function indexEntry(uri: string, { doc, form, match, statuses }: DocumentAnalysis): IndexEntry {
  // The tags by lower-cased key, in one pass over them.
  const byKey = new Map<string, (typeof doc.tags)[number][]>();
  for (const tag of doc.tags) {
    const key = tag.key.toLowerCase();
    const list = byKey.get(key);
    if (list) list.push(tag);
    else byKey.set(key, [tag]);
  }
  const values = (key: string) => byKey.get(key) ?? [];
  const countries = values('country');
  const places = values('latlng').flatMap((tag, index) => {
    const point = parseLatLng(tag.value);
    if (!point || Math.abs(point.lat) > 90 || Math.abs(point.lng) > 180) return [];
    const country = countries[index]?.value ?? '';
    return [
      {
        country: ownCopy(country),
        alpha2: resolveCountry(country)?.country.alpha2 ?? null,
        lat: point.lat,
        lng: point.lng,
        line: tag.line,
      },
    ];
  });
  const counted = completeness(doc, match, statuses);
  const focal = values('focal_point')[0];
  const firstCountry = countries[0]?.value;
  return {
    uri,
    title: ownCopy(doc.title?.text ?? ''),
    titleRange: documentAnchor(doc),
    kind: doc.kind,
    form: form?.id ?? null,
    edition: copyOrNull(form?.variant),
    year: copyOrNull(values('year')[0]?.value),
    country: firstCountry ? (resolveCountry(firstCountry)?.country.canonical ?? ownCopy(firstCountry)) : null,
    focalPoint: copyOrNull(focal?.value),
    focalPointRange: focal?.valueRange ?? null,
    sdgs: values('sdgs').flatMap((tag) => {
      const goal = sdgVocabulary.lookup(tag.value)?.entry;
      return goal ? [goal.number] : [];
    }),
    methods: methodsOf(values('methods').map((tag) => tag.value)),
    places,
    answered: counted.answered,
    total: counted.total,
    signature: doc.kind === 'learningplan' ? textSignature(doc, match) : [],
  };
}

/** Each method once (by its folded spelling), in the platform's spelling when it is one of the platform's. */
function methodsOf(written: readonly string[]): string[] {
  const methods = new Map<string, string>();
  for (const value of written) {
    if (value.trim() === '') continue;
    const known = methodVocabulary.lookup(value)?.entry.canonical;
    const spelling = known ?? ownCopy(value.trim());
    methods.set(fold(spelling), spelling);
  }
  return [...methods.values()];
}

/**
 * An entry with where the document stands, once it was checked: its problems (its own and across documents), its
 * readiness, and the line of its first error or warning (null when it has none). A workspace read for its map alone
 * leaves them out.
 */
export interface WorkspaceEntry extends IndexEntry {
  problems?: Record<Severity, number>;
  readiness?: Readiness;
  firstProblemLine?: number | null;
}
