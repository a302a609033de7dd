import data from './data/sdgs.json';
import type { DisplayLocale } from '../l10n';
import { Vocabulary, type VocabEntry } from './vocabulary';

export interface Sdg extends VocabEntry {
  number: number;
  /** The goal's official English name. */
  name: string;
  /** Names in Spanish and French (the United Nations'), and in Portuguese (the platform's). */
  names: Record<DisplayLocale, string>;
  /** The platform's own names on its English, French, Spanish and Portuguese sites, as it spells them. */
  platform: { en: string; fr: string; es: string; pt: string };
  /** The goal's official one-line statement, by language (in Portuguese as the United Nations in Brazil word it). */
  goal: { en: string } & Record<DisplayLocale, string>;
  /** The official colour of the goal's icon. */
  colour: string;
  /** How toolkit cards write the goal: `16 Peace Justice And Strong Institutions`. */
  toolkit: string;
  /** Other spellings found on toolkit cards (`9 Industry Innovation And Infraestructure`). */
  toolkitVariants: readonly string[];
}

/** The 17 goals, written `N. Name` as the platform exports them (its own spelling "Reduced innequalities" included). */
export const SDGS: readonly Sdg[] = data.map((goal) => ({
  ...goal,
  aliases: sdgAliases(goal),
}));

/**
 * `5`, `SDG 5`, `Goal 5`, `Gender equality`, `5 Gender Equality` (the toolkit's form), the names in other languages
 * and the platform's own names on its other sites all name goal 5.
 */
function sdgAliases(goal: (typeof data)[number]): string[] {
  const { number, name, canonical, toolkit, platform } = goal;
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
    ...goal.toolkitVariants,
    goal.names.es,
    goal.names.fr,
    goal.names.pt,
    platform.fr,
    platform.es,
    platform.pt,
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
