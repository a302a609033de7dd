import data from './data/sdgs.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Sdg extends VocabEntry {
  number: number;
  /** The goal's official English name. */
  name: string;
}

/** The 17 goals, written `N. Name` as the platform exports them (its own spelling "Reduced innequalities" included). */
export const SDGS: readonly Sdg[] = data.map((goal) => ({
  ...goal,
  aliases: sdgAliases(goal.number, goal.name, goal.canonical),
}));

/** `5`, `SDG 5`, `Goal 5`, `Gender equality`, `5 Gender Equality` (the toolkit's form) all name goal 5. */
function sdgAliases(number: number, name: string, canonical: string): string[] {
  const bare = canonical.replace(/^\d+\.\s*/, '');
  return [
    String(number),
    `SDG ${number}`,
    `SDG${number}`,
    `Goal ${number}`,
    name,
    bare,
    `${number} ${name}`,
    `${number} ${bare}`,
    `SDG ${number} ${name}`,
    `SDG ${number}: ${name}`,
  ];
}

export const sdgVocabulary = new Vocabulary(SDGS);
