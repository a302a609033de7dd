import { displayLocale } from '../l10n';
import { SDGS, sdgVocabulary } from './sdgs';

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

/** The goals' names by number, in the display language when the vocabulary has it (English otherwise). */
export function sdgNames(locale: string): Record<string, string> {
  const language = displayLocale(locale);
  return Object.fromEntries(
    SDGS.map((goal) => [String(goal.number), language ? goal.names[language] : goal.name]),
  );
}
