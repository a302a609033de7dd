import data from './data/methods.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Method extends VocabEntry {
  /** What the method is, in a sentence. */
  description: string;
  /** How often the archive's learning plans and experiments use it. */
  count: number;
}

/** The methods the platform offers, with the platform's own spellings ("Data Ethography"), most used first. */
export const METHODS: readonly Method[] = data;

export const methodVocabulary = new Vocabulary(METHODS);
