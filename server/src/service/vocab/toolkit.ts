import data from './data/toolkit.json';
import { toolkitSdgVocabulary } from './sdgs';
import { Vocabulary, type VocabEntry } from './vocabulary';

/** The lists of a toolkit card's front matter and their values (FORMAT.md §1B); `sdg` uses the goals' toolkit spelling. */
const VOCABULARIES = new Map<string, Vocabulary<VocabEntry>>([
  ...Object.entries(data).map(
    ([key, values]) => [key, new Vocabulary(values.map((canonical) => ({ canonical })))] as const,
  ),
  ['sdg', toolkitSdgVocabulary],
]);

export const TOOLKIT_LIST_KEYS = [...VOCABULARIES.keys()];

export function toolkitVocabulary(key: string): Vocabulary<VocabEntry> | undefined {
  return VOCABULARIES.get(key);
}
