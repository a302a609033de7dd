import data from './data/countries.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Country extends VocabEntry {
  count: number;
}

/** Country names as the archive writes them (reverse-geocoded from latlng), with their aliases. */
export const COUNTRIES: readonly Country[] = data;

export const countryVocabulary = new Vocabulary(COUNTRIES);
