import data from './data/open.json';
import { lazy, memoize } from '../memo';
import { fold } from './normalize';

export interface OpenValue {
  value: string;
  count: number;
}

/** Known values of the open lists (datasources, thematic_areas), most used first: for completion and near duplicates. */
const LISTS = lazy(
  () =>
    new Map<string, OpenValue[]>(
      Object.entries(data).map(([key, values]) => [
        key,
        values.map(([value, count]) => ({ value: String(value), count: Number(count) })),
      ]),
    ),
);

/** The open lists' keys. */
export const OPEN_KEYS: readonly string[] = Object.keys(data);

export function openValues(key: string): readonly OpenValue[] {
  return LISTS().get(key) ?? [];
}

const FOLDED = lazy(
  () =>
    new Map<string, Map<string, OpenValue>>(
      [...LISTS()].map(([key, values]) => [key, new Map(values.map((value) => [fold(value.value), value]))]),
    ),
);

export function knownOpenValue(key: string, value: string): OpenValue | undefined {
  return FOLDED().get(key)?.get(fold(value));
}

/** Spellings of one value read alike: case, hyphens, spacing and plural endings do not count. */
export const openSignature = memoize((value: string) =>
  fold(value)
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(''),
);

/** Spellings worth recommending: no doubled spaces or stray spaces before commas. */
function isClean(value: string): boolean {
  return !/\s{2}|\s,/.test(value) && value.trim() === value;
}

/** Per key and signature, the known spellings, most used first (the open lists come sorted by use). */
const SPELLINGS = lazy(
  () =>
    new Map<string, Map<string, string[]>>(
      OPEN_KEYS.map((key) => {
        const bySignature = new Map<string, string[]>();
        for (const { value } of openValues(key)) {
          const list = bySignature.get(openSignature(value)) ?? [];
          list.push(value);
          bySignature.set(openSignature(value), list);
        }
        return [key, bySignature];
      }),
    ),
);

/**
 * The spelling to recommend instead of a value: the most used clean spelling that keeps the value's words apart
 * ("digital agriculture" is not to become "digitalagriculture").
 */
export function recommendedSpelling(key: string, value: string): string | undefined {
  return recommendedOnce(`${key}\u0000${value}`).spelling;
}

/** Documents repeat their values: each key and value is weighed once. */
const recommendedOnce = memoize((request: string): { spelling: string | undefined } => {
  const separator = request.indexOf('\u0000');
  const key = request.slice(0, separator);
  const value = request.slice(separator + 1);
  const words = fold(value).split(' ').length;
  return {
    spelling: SPELLINGS()
      .get(key)
      ?.get(openSignature(value))
      ?.find((candidate) => isClean(candidate) && fold(candidate).split(' ').length >= words),
  };
});

const PREFERRED = lazy(
  () =>
    new Map<string, OpenValue[]>(
      OPEN_KEYS.map((key) => [
        key,
        openValues(key).filter((value) => recommendedSpelling(key, value.value) === value.value),
      ]),
    ),
);

/** The values of an open list in their recommended spelling, most used first: what completion offers. */
export function preferredOpenValues(key: string): readonly OpenValue[] {
  return PREFERRED().get(key) ?? [];
}
