import data from './data/open.json';
import { fold } from './normalize';

export interface OpenValue {
  value: string;
  count: number;
}

/** Known values of the open lists (datasources, thematic_areas), most used first: for completion and near duplicates. */
const LISTS = new Map<string, OpenValue[]>(
  Object.entries(data).map(([key, values]) => [
    key,
    values.map(([value, count]) => ({ value: String(value), count: Number(count) })),
  ]),
);

export const OPEN_KEYS = [...LISTS.keys()];

export function openValues(key: string): readonly OpenValue[] {
  return LISTS.get(key) ?? [];
}

const FOLDED = new Map<string, Map<string, OpenValue>>(
  [...LISTS].map(([key, values]) => [key, new Map(values.map((value) => [fold(value.value), value]))]),
);

export function knownOpenValue(key: string, value: string): OpenValue | undefined {
  return FOLDED.get(key)?.get(fold(value));
}
