import type { IndexEntry } from '../features/indexEntry';
import type { Localize } from '../l10n';
import type { Range, Severity } from '../model';
import { hasPlan } from './closingMatch';
import { byCodeUnits } from '../text/order';
import type { RelatedPlace } from './types';

/** What a rule across documents finds: where, what, and the other documents it is about. */
export interface WorkspaceFinding {
  uri: string;
  range: Range;
  message: string;
  related?: RelatedPlace[];
}

/** A rule that reads the whole workspace (or the folder the CLI checks) rather than one document. */
export interface WorkspaceRule {
  id: string;
  name: string;
  defaultSeverity: Severity;
  description: string;
  check(entries: readonly IndexEntry[], t: Localize): WorkspaceFinding[];
}

/** The plan form asks for at most three challenges a year: one big bet and two exploratory ones. */
const MAX_CHALLENGES = 3;
/** How many titles a portfolio note names. */
const NAMED_TITLES = 5;

function plansByCountryAndYear(entries: readonly IndexEntry[]): IndexEntry[][] {
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    if (entry.kind !== 'learningplan' || entry.form !== 'plan' || !entry.country || !entry.year) continue;
    const key = `${entry.country}\u0000${entry.year}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()];
}

function shortTitle(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title;
}

/** Another document, by its title, for the editor to open. */
function documentPlace(entry: IndexEntry, range: Range = entry.titleRange): RelatedPlace {
  return { uri: entry.uri, range, message: `"${shortTitle(entry.title)}"` };
}

/**
 * A note for whoever keeps a country's portfolio, once per country and year, on its first plan form: Labs file
 * internal challenges and quarterly versions of one challenge as plan forms, so more than three is not an author's
 * mistake, but the portfolio may want a look.
 */
export const tooManyChallenges: WorkspaceRule = {
  id: 'LP070',
  name: 'too-many-challenges',
  defaultSeverity: 'information',
  description:
    'More than three plan forms for one country and year: a note on the portfolio (the form counts one big bet and two exploratory challenges a year).',
  check(entries, t) {
    return plansByCountryAndYear(entries)
      .filter((group) => group.length > MAX_CHALLENGES)
      .map((group) => {
        const sorted = [...group].sort((a, b) => byCodeUnits(a.uri, b.uri));
        const named = sorted.slice(0, NAMED_TITLES).map((entry) => `"${shortTitle(entry.title)}"`);
        if (sorted.length > NAMED_TITLES) named.push('…');
        return {
          uri: sorted[0]!.uri,
          range: sorted[0]!.titleRange,
          message: t(
            'Portfolio note: {0} has {1} plan forms in {2} ({3}). The plan form counts at most {4} challenges a year (1 big bet, 2 exploratory): if some are versions of one challenge or internal challenges, nothing needs changing; otherwise the portfolio may need a look.',
            sorted[0]!.country ?? '',
            group.length,
            sorted[0]!.year ?? '',
            named.join(', '),
            MAX_CHALLENGES,
          ),
          related: sorted.slice(1).map((entry) => documentPlace(entry)),
        };
      });
  },
};

export const closingWithoutPlan: WorkspaceRule = {
  id: 'LP071',
  name: 'closing-without-plan',
  defaultSeverity: 'hint',
  description:
    'A closing form that matches no plan form of the workspace by country, year, focal point, title and subject.',
  check(entries, t) {
    const learningPlans = entries.filter((entry) => entry.kind === 'learningplan');
    // Plans by country: the pairs to compare stay within a country.
    const plansByCountry = new Map<string | null, IndexEntry[]>();
    for (const plan of learningPlans) {
      if (plan.form !== 'plan') continue;
      const plans = plansByCountry.get(plan.country);
      if (plans) plans.push(plan);
      else plansByCountry.set(plan.country, [plan]);
    }
    return learningPlans
      .filter((entry) => entry.form === 'closing')
      .filter((closing) => !hasPlan(closing, plansByCountry.get(closing.country) ?? []))
      .map((closing) => ({
        uri: closing.uri,
        range: closing.titleRange,
        message: t(
          'No plan form in the workspace matches this closing form: none of the same country and a fitting year has a similar title or subject.',
        ),
      }));
  },
};

/** Spellings of one address read alike: case, and dots in the name part, do not change where mail goes. */
function addressKey(address: string): string {
  const [name = '', domain = ''] = address.trim().toLowerCase().split('@');
  return `${name.replace(/\./g, '')}@${domain}`;
}

export const focalPointSpelling: WorkspaceRule = {
  id: 'LP072',
  name: 'focal-point-spelling',
  defaultSeverity: 'hint',
  description: 'The same focal point is written in different spellings across documents.',
  check(entries, t) {
    const byKey = new Map<string, Map<string, IndexEntry[]>>();
    for (const entry of entries) {
      if (!entry.focalPoint || !entry.focalPoint.includes('@')) continue;
      const spellings = byKey.get(addressKey(entry.focalPoint)) ?? new Map<string, IndexEntry[]>();
      const documents = spellings.get(entry.focalPoint);
      if (documents) documents.push(entry);
      else spellings.set(entry.focalPoint, [entry]);
      byKey.set(addressKey(entry.focalPoint), spellings);
    }
    const findings: WorkspaceFinding[] = [];
    for (const spellings of byKey.values()) {
      if (spellings.size < 2) continue;
      const [common] = [...spellings].sort((a, b) => b[1].length - a[1].length || byCodeUnits(a[0], b[0]));
      for (const [spelling, documents] of spellings) {
        if (spelling === common![0]) continue;
        for (const entry of documents) {
          findings.push({
            uri: entry.uri,
            range: entry.focalPointRange ?? entry.titleRange,
            message: t(
              'This focal point is written "{0}" in {1} other documents.',
              common![0],
              common![1].length,
            ),
            related: common![1]
              .slice(0, NAMED_TITLES)
              .map((other) => documentPlace(other, other.focalPointRange ?? other.titleRange)),
          });
        }
      }
    }
    return findings;
  },
};

export const WORKSPACE_RULES: readonly WorkspaceRule[] = [
  tooManyChallenges,
  closingWithoutPlan,
  focalPointSpelling,
];
