import { displayLocale } from '../l10n';
import { flagEmoji, resolveCountry } from '../vocab/countries';
import { SDGS } from '../vocab/sdgs';
import type { WorkspaceEntry } from './indexEntry';

/** Where a document stands with the platform: ready, blocked, or not something one submits (a toolkit card). */
export type PortfolioReadiness = 'ready' | 'blocked' | 'none';

/** One thing that blocks a document, as the portfolio names it. */
export interface PortfolioBlocker {
  subject: string;
  message: string;
  line: number;
}

/** One document of the portfolio: what its table row, its export and its charts show. Plain data, small. */
export interface PortfolioRow {
  uri: string;
  title: string;
  kind: string;
  form: string | null;
  /** The form's edition (a closing form's, or a Lab's own), when it has several. */
  edition: string | null;
  /** The first country, in the platform's spelling when known. */
  country: string | null;
  /** The country's flag (an emoji), or '' when the country is not known. */
  flag: string;
  year: string | null;
  sdgs: number[];
  methods: string[];
  answered: number;
  total: number;
  errors: number;
  warnings: number;
  readiness: PortfolioReadiness;
  /** The first few things that block it, in document order; `blockerCount` says how many there are in all. */
  blockers: PortfolioBlocker[];
  blockerCount: number;
  /** Where opening it goes: its first error or warning, else its title. */
  line: number;
}

/** A goal as the portfolio shows it: its number, its name in the display language and its official colour. */
export interface PortfolioGoal {
  number: number;
  name: string;
  colour: string;
}

export interface Portfolio {
  rows: PortfolioRow[];
  goals: PortfolioGoal[];
}

/** How many blockers a row carries: the verdict needs the first, a tooltip a few; thousands of rows cross the wire. */
const BLOCKERS_KEPT = 3;

export function portfolioRow(
  entry: WorkspaceEntry,
  flagOf: (country: string) => string = countryFlag,
): PortfolioRow {
  const { readiness } = entry;
  return {
    uri: entry.uri,
    title: entry.title,
    kind: entry.kind,
    form: entry.form,
    edition: entry.edition,
    country: entry.country,
    flag: entry.country ? flagOf(entry.country) : '',
    year: entry.year,
    sdgs: [...new Set(entry.sdgs)].sort((a, b) => a - b),
    methods: entry.methods,
    answered: entry.answered,
    total: entry.total,
    errors: entry.problems?.error ?? 0,
    warnings: entry.problems?.warning ?? 0,
    readiness: !readiness?.applies ? 'none' : readiness.ready ? 'ready' : 'blocked',
    blockers: (readiness?.blockers ?? [])
      .slice(0, BLOCKERS_KEPT)
      .map(({ subject, message, line }) => ({ subject, message, line })),
    blockerCount: readiness?.blockers.length ?? 0,
    line: entry.firstProblemLine ?? entry.titleRange.start.line,
  };
}

/** The 17 goals, named in the display language. */
export function portfolioGoals(locale: string | undefined): PortfolioGoal[] {
  const language = displayLocale(locale);
  return SDGS.map((goal) => ({
    number: goal.number,
    name: language ? goal.names[language] : goal.name,
    colour: goal.colour,
  }));
}

function countryFlag(country: string): string {
  const known = resolveCountry(country)?.country;
  return known ? flagEmoji(known.alpha2) : '';
}

export function portfolio(entries: readonly WorkspaceEntry[], locale: string | undefined): Portfolio {
  // A workspace names a few dozen countries across thousands of documents: each is looked up once.
  const flags = new Map<string, string>();
  const flagOf = (country: string) => {
    let flag = flags.get(country);
    if (flag === undefined) flags.set(country, (flag = countryFlag(country)));
    return flag;
  };
  return { rows: entries.map((entry) => portfolioRow(entry, flagOf)), goals: portfolioGoals(locale) };
}
