import type { Localize } from '../l10n';
import type { Finding } from '../rules/types';
import { WORKSPACE_RULES, type WorkspaceRule } from '../rules/workspace';
import { ruleLevel, type ResolvedSettings } from '../settings';
import { isSuppressed, type Directive } from '../suppressions';
import type { IndexEntry } from './indexEntry';

/** What the rules across documents need to know of each document beyond its entry: its settings and comments. */
export interface CrossDocumentContext {
  settings: ResolvedSettings;
  directives?: readonly Directive[];
}

/**
 * The findings that only the whole workspace shows (challenges per country and year, closing forms, focal points),
 * by document: each at the severity the document's own settings give the rule, and silenced by its own comments.
 */
export function crossDocumentFindings(
  entries: readonly IndexEntry[],
  t: Localize,
  contextOf: (uri: string) => CrossDocumentContext | undefined,
  rules: readonly WorkspaceRule[] = WORKSPACE_RULES,
): Map<string, Finding[]> {
  const byUri = new Map<string, Finding[]>();
  for (const rule of rules) {
    for (const { uri, range, message, related } of rule.check(entries, t)) {
      const context = contextOf(uri);
      const level = context ? ruleLevel(context.settings, rule) : rule.defaultSeverity;
      if (level === 'off') continue;
      const finding: Finding = {
        rule: rule.id,
        name: rule.name,
        severity: level,
        message,
        range,
        ...(related?.length ? { related } : {}),
      };
      if (context?.directives && isSuppressed(finding, context.directives)) continue;
      const list = byUri.get(uri);
      if (list) list.push(finding);
      else byUri.set(uri, [finding]);
    }
  }
  return byUri;
}
