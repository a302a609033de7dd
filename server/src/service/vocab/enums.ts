import data from './data/enums.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface EnumValue extends VocabEntry {
  count: number;
}

/** The closed answer sets experiments carry as tags, and solutions' gender: the platform's values and case variants. */
export const ENUM_KEYS = Object.keys(data) as (keyof typeof data)[];

const VOCABULARIES = new Map<string, Vocabulary<EnumValue>>(
  ENUM_KEYS.map((key) => [key, new Vocabulary<EnumValue>(data[key])]),
);

export function enumVocabulary(key: string): Vocabulary<EnumValue> | undefined {
  return VOCABULARIES.get(key);
}
