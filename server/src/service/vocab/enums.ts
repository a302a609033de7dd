import data from './data/enums.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface EnumValue extends VocabEntry {
  /** The answer as the platform's form offers it; `canonical` is how the archive's export writes it. */
  platform: string;
  /** How often the archive uses it, in any spelling. */
  count: number;
}

/**
 * The closed answer sets experiments carry as tags, and solutions' gender: the platform's current answers in its
 * forms' order, with the values of earlier versions of the forms that the archive still carries.
 */
export const ENUM_KEYS = Object.keys(data) as (keyof typeof data)[];

const VOCABULARIES = new Map<string, Vocabulary<EnumValue>>(
  ENUM_KEYS.map((key) => [key, new Vocabulary<EnumValue>(data[key])]),
);

export function enumVocabulary(key: string): Vocabulary<EnumValue> | undefined {
  return VOCABULARIES.get(key);
}
