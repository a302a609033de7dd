import data from './data/sdgs.json';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Sdg extends VocabEntry {
  number: number;
  /** The goal's official English name. */
  name: string;
  /** Official names in Spanish and French. */
  names: { es: string; fr: string };
  /** The goal's official one-line statement, by language. */
  goal: { en: string; es: string; fr: string };
  /** The official colour of the goal's icon. */
  colour: string;
  /** How toolkit cards write the goal: `16 Peace Justice And Strong Institutions`. */
  toolkit: string;
}

/** The 17 goals, written `N. Name` as the platform exports them (its own spelling "Reduced innequalities" included). */
export const SDGS: readonly Sdg[] = data.map((goal) => ({
  ...goal,
  aliases: sdgAliases(goal),
}));

/** `5`, `SDG 5`, `Goal 5`, `Gender equality`, `5 Gender Equality` (the toolkit's form) and the es/fr names all name goal 5. */
function sdgAliases(goal: (typeof data)[number]): string[] {
  const { number, name, canonical, toolkit } = goal;
  const bare = canonical.replace(/^\d+\.\s*/, '');
  return [
    String(number),
    `SDG ${number}`,
    `SDG${number}`,
    `Goal ${number}`,
    `ODS ${number}`,
    `ODD ${number}`,
    name,
    bare,
    toolkit,
    `${number} ${name}`,
    `${number} ${bare}`,
    `${number}. ${name}`,
    `SDG ${number} ${name}`,
    `SDG ${number}: ${name}`,
    goal.names.es,
    goal.names.fr,
  ];
}

export const sdgVocabulary = new Vocabulary(SDGS);

/** The goals in the toolkit's spelling, for toolkit cards' `sdg` lists. */
export const toolkitSdgVocabulary = new Vocabulary(
  SDGS.map((goal) => ({
    ...goal,
    canonical: goal.toolkit,
    aliases: [goal.canonical, ...(goal.aliases ?? [])],
  })),
);
