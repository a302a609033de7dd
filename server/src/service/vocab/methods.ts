import data from './data/methods.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Method extends VocabEntry {
  /** How often the archive's learning plans and experiments use it. */
  count: number;
}

/** The methods the platform offers, with the platform's own spellings ("Data Ethography"). */
export const METHODS: readonly Method[] = data;

export const methodVocabulary = new Vocabulary(METHODS);
