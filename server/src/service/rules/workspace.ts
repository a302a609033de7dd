import type { IndexEntry } from '../features/indexEntry';
import type { Localize } from '../l10n';
import type { Range, Severity } from '../model';
import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';

/** A rule that reads the whole workspace (or the folder the CLI checks) rather than one document. */
export interface WorkspaceRule {
  id: string;
  name: string;
  defaultSeverity: Severity;
  description: string;
  check(entries: readonly IndexEntry[], t: Localize): { uri: string; range: Range; message: string }[];
}

/** The plan form asks for at most three challenges a year: one big bet and two exploratory ones. */
const MAX_CHALLENGES = 3;

export const tooManyChallenges: WorkspaceRule = {
  id: 'LP070',
  name: 'too-many-challenges',
  defaultSeverity: 'warning',
  description:
    'More than three plan forms for the same country and year (the form allows one big bet and two exploratory challenges).',
  check(entries, t) {
    const groups = new Map<string, IndexEntry[]>();
    for (const entry of entries) {
      if (entry.kind !== 'learningplan' || entry.form !== 'plan' || !entry.country || !entry.year) continue;
      const key = `${entry.country}\u0000${entry.year}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    return [...groups.values()]
      .filter((group) => group.length > MAX_CHALLENGES)
      .flatMap((group) =>
        group.map((entry) => ({
          uri: entry.uri,
          range: entry.titleRange,
          message: t(
            '{0} plan forms for {1} in {2}: the form allows at most {3} challenges (1 big bet, 2 exploratory).',
            group.length,
            entry.country ?? '',
            entry.year ?? '',
            MAX_CHALLENGES,
          ),
        })),
      );
  },
};

/** Closing forms are often titled after their plan with "closing form" added. */
function titleKey(title: string): string {
  return fold(title.replace(/[-–—(:]*\s*closing\s+form\s*\)?/gi, ' ').replace(/\bclosing\b/gi, ' '));
}

export const closingWithoutPlan: WorkspaceRule = {
  id: 'LP071',
  name: 'closing-without-plan',
  defaultSeverity: 'hint',
  description: 'A closing form whose title, country and year match no plan form in the workspace.',
  check(entries, t) {
    // Plans by country, each title keyed once: the pairs to compare stay within a country.
    const plansByCountry = new Map<string | null, { year: number; key: string }[]>();
    for (const plan of entries) {
      if (plan.kind !== 'learningplan' || plan.form !== 'plan') continue;
      const plans = plansByCountry.get(plan.country) ?? [];
      plans.push({ year: Number(plan.year), key: titleKey(plan.title) });
      plansByCountry.set(plan.country, plans);
    }
    return entries
      .filter((entry) => entry.kind === 'learningplan' && entry.form === 'closing')
      .filter((closing) => {
        const year = Number(closing.year);
        const key = titleKey(closing.title);
        return !(plansByCountry.get(closing.country) ?? []).some(
          (plan) =>
            (!Number.isFinite(year) || (plan.year <= year && plan.year >= year - 2)) &&
            similarity(plan.key, key, 0.6) >= 0.6,
        );
      })
      .map((closing) => ({
        uri: closing.uri,
        range: closing.titleRange,
        message: t(
          'No plan form in the workspace matches this closing form (same country, a close title, the same or an earlier year).',
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
      spellings.set(entry.focalPoint, [...(spellings.get(entry.focalPoint) ?? []), entry]);
      byKey.set(addressKey(entry.focalPoint), spellings);
    }
    const findings: { uri: string; range: Range; message: string }[] = [];
    for (const spellings of byKey.values()) {
      if (spellings.size < 2) continue;
      const [common] = [...spellings].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
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
