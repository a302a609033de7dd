import { withExtraForms } from './forms/extraForms';
import type { ParsedDocument, Severity } from './model';
import { documentAnchor } from './rules/anchors';
import { INTERNAL_ERROR } from './rules/internalError';
import { RULES } from './rules/registry';
import { applySuppressions } from './suppressions';
import type { Finding, Rule } from './rules/types';
import type { ResolvedSettings, RuleLevel } from './settings';

export interface CheckResult {
  findings: Finding[];
  /** Rules that threw, with what they threw: the caller logs them. */
  failures: { rule: string; error: unknown }[];
}

/** Runs every rule that applies to the document. A rule that throws is reported once; the others still run. */
export function checkDocument(
  doc: ParsedDocument,
  settings: ResolvedSettings,
  rules: readonly Rule[] = RULES,
): CheckResult {
  const result: CheckResult = { findings: [], failures: [] };
  if (doc.kind === 'other') return result;
  doc = withExtraForms(doc, settings.forms);
  for (const rule of rules) {
    if (!rule.kinds.includes(doc.kind)) continue;
    const level = levelOf(rule, settings);
    if (level === 'off') continue;
    runRule(rule, level, doc, settings, result);
  }
  result.findings = applySuppressions(doc, result.findings);
  result.findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
  return result;
}

function levelOf(rule: Rule, settings: ResolvedSettings): RuleLevel {
  return settings.rules[rule.id] ?? settings.rules[rule.name] ?? rule.defaultSeverity;
}

function runRule(
  rule: Rule,
  severity: Severity,
  doc: ParsedDocument,
  settings: ResolvedSettings,
  result: CheckResult,
): void {
  const found: Finding[] = [];
  try {
    rule.check({
      doc,
      settings,
      t: settings.t,
      report: ({ range, message, fixes }) => {
        found.push({
          rule: rule.id,
          name: rule.name,
          severity,
          message,
          range,
          ...(fixes?.length ? { fixes } : {}),
        });
      },
    });
    for (const finding of found) result.findings.push(finding);
  } catch (error) {
    result.failures.push({ rule: rule.id, error });
    result.findings.push({
      rule: INTERNAL_ERROR.id,
      name: INTERNAL_ERROR.name,
      severity: 'error',
      message: settings.t(
        'The rule {0} ({1}) failed on this document; its findings are missing. Please report it.',
        rule.id,
        rule.name,
      ),
      range: documentAnchor(doc),
    });
  }
}
