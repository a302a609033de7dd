import type { Localize } from '../l10n';
import type { Finding } from '../rules/types';
import { WORKSPACE_RULES } from '../rules/workspace';
import type { ResolvedSettings, RuleLevel } from '../settings';
import type { IndexEntry } from './indexEntry';

/** The findings that only the whole workspace shows (challenges per country and year, closing forms, focal points), by document. */
export function crossDocumentFindings(
  entries: readonly IndexEntry[],
  settings: ResolvedSettings,
  t: Localize = settings.t,
): Map<string, Finding[]> {
  const byUri = new Map<string, Finding[]>();
  for (const rule of WORKSPACE_RULES) {
    const level: RuleLevel = settings.rules[rule.id] ?? settings.rules[rule.name] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const { uri, range, message } of rule.check(entries, t)) {
      byUri.set(uri, [
        ...(byUri.get(uri) ?? []),
        { rule: rule.id, name: rule.name, severity: level, message, range },
      ]);
    }
  }
  return byUri;
}
