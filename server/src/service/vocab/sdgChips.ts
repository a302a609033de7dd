import { sdgVocabulary } from './sdgs';

/** What a chip shows of a goal. */
export interface SdgChip {
  number: number;
  name: string;
}

/** The goal an `sdgs` value names, by any of its spellings. */
export function sdgByValue(value: string): SdgChip | undefined {
  const goal = sdgVocabulary.lookup(value)?.entry;
  return goal ? { number: goal.number, name: goal.name } : undefined;
}
