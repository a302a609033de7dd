import type { Severity } from '../model';
import { english, type Localize } from '../l10n';
import { RULES } from './registry';
import { WORKSPACE_RULES } from './workspace';
import { byCodeUnits } from '../text/order';

/** What a rule is, for listings and reports: its id, name, default severity and what it finds. */
export interface RuleInfo {
  id: string;
  name: string;
  defaultSeverity: Severity;
  description: string;
  /** Whether the rule compares documents rather than reading one. */
  acrossDocuments: boolean;
}

/** Every rule, one document's and the workspace's, in id order, described in the language of `t`. */
export function ruleCatalogue(t: Localize = english): RuleInfo[] {
  const describe = (acrossDocuments: boolean) => (rule: Omit<RuleInfo, 'acrossDocuments'>) => ({
    id: rule.id,
    name: rule.name,
    defaultSeverity: rule.defaultSeverity,
    description: t(rule.description),
    acrossDocuments,
  });
  return [...RULES.map(describe(false)), ...WORKSPACE_RULES.map(describe(true))].sort((a, b) =>
    byCodeUnits(a.id, b.id),
  );
}
