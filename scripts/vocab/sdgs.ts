// The 17 goals: the platform's names in its four languages (init_taxonomies.sql) merged with what only the committed
// data holds (official English, Spanish and French names, the goals' statements, the icons' colours, the toolkit's
// spellings).
import { PLATFORM_LANGUAGES, SourceError, type PlatformLanguage, type SdgRow } from './platformSources';

export interface SdgData {
  number: number;
  /** As the archive's exporter writes it: `N. ` and the platform's English name. */
  canonical: string;
  name: string;
  names: { es: string; fr: string; pt: string };
  /** The platform's own names, verbatim, in each of its languages. */
  platform: Record<PlatformLanguage, string>;
  goal: { en: string; es: string; fr: string; pt: string };
  colour: string;
  toolkit: string;
  /** Other spellings the toolkit's cards use ("9 Industry Innovation And Infraestructure"). */
  toolkitVariants: string[];
}

/** A goal as the committed sdgs.json holds it; an earlier version may lack what the platform fills in. */
export type CommittedSdg = Omit<SdgData, 'names' | 'platform' | 'toolkitVariants' | 'goal'> & {
  names: { es: string; fr: string; pt?: string };
  goal: { en: string; es: string; fr: string; pt?: string };
  toolkitVariants?: string[];
};

export function buildSdgs(
  rows: readonly SdgRow[],
  committed: readonly CommittedSdg[],
  toolkitSpellings: ReadonlyMap<string, number>,
): SdgData[] {
  return Array.from({ length: 17 }, (_, index) => {
    const number = index + 1;
    const kept = committed.find((goal) => goal.number === number);
    if (!kept) throw new SourceError(`The committed sdgs.json has no goal ${number}.`);
    const platform = platformNames(rows, number);
    if (!kept.goal.pt)
      throw new SourceError(`The committed sdgs.json has no Portuguese statement of goal ${number}.`);
    return {
      number,
      canonical: `${number}. ${platform.en}`,
      name: kept.name,
      names: { es: kept.names.es, fr: kept.names.fr, pt: withoutFinalDot(platform.pt) },
      platform,
      goal: { en: kept.goal.en, es: kept.goal.es, fr: kept.goal.fr, pt: kept.goal.pt },
      colour: kept.colour,
      toolkit: kept.toolkit,
      toolkitVariants: toolkitVariants(number, kept, toolkitSpellings),
    };
  });
}

function platformNames(rows: readonly SdgRow[], number: number): Record<PlatformLanguage, string> {
  const names = {} as Record<PlatformLanguage, string>;
  for (const language of PLATFORM_LANGUAGES) {
    const row = rows.find((candidate) => candidate.number === number && candidate.language === language);
    if (!row) throw new SourceError(`init_taxonomies.sql has no "${language}" name for goal ${number}.`);
    names[language] = row.name;
  }
  return names;
}

/** The platform's Portuguese list ends one name with a stray full stop ("Saúde de qualidade."). */
function withoutFinalDot(name: string): string {
  return name.replace(/\.+$/, '');
}

/** The spellings the toolkit uses for a goal beyond its usual one, kept from before and added from the cards. */
function toolkitVariants(
  number: number,
  kept: CommittedSdg,
  spellings: ReadonlyMap<string, number>,
): string[] {
  const found = [...spellings.keys()].filter(
    (spelling) => Number(/^(\d+)\s/.exec(spelling)?.[1]) === number && spelling !== kept.toolkit,
  );
  return [...new Set([...(kept.toolkitVariants ?? []), ...found])].sort(byCodeUnits);
}

/** An order that does not depend on the machine's locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
