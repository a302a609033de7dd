import { analyzeText } from './analysis/analyze';
import type { DocumentAnalysis } from './analysis/types';
import type { Severity } from './model';
import { documentAnchor } from './rules/anchors';
import { INTERNAL_ERROR } from './rules/internalError';
import { RULES } from './rules/registry';
import { applySuppressions } from './suppressions';
import type { Finding, Rule } from './rules/types';
import { ruleLevel, type ResolvedSettings } from './settings';

export interface CheckResult {
  findings: Finding[];
  /** Rules that threw, with what they threw: the caller logs them. */
  failures: { rule: string; error: unknown }[];
}

/** Runs every rule that applies to the document. A rule that throws is reported once; the others still run. */
export function checkDocument(
  analysis: DocumentAnalysis,
  settings: ResolvedSettings,
  rules: readonly Rule[] = RULES,
): CheckResult {
  const result: CheckResult = { findings: [], failures: [] };
  const { doc } = analysis;
  if (doc.kind === 'other') return result;
  for (const rule of rules) {
    if (!rule.kinds.includes(doc.kind)) continue;
    const level = ruleLevel(settings, rule);
    if (level === 'off') continue;
    runRule(rule, level, analysis, settings, result);
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

function runRule(
  rule: Rule,
  severity: Severity,
  analysis: DocumentAnalysis,
  settings: ResolvedSettings,
  result: CheckResult,
): void {
  const found: Finding[] = [];
  try {
    rule.check({
      ...analysis,
      settings,
      t: settings.t,
      report: ({ range, message, fixes, related }) => {
        found.push({
          rule: rule.id,
          name: rule.name,
          severity,
          message,
          range,
          ...(fixes?.length ? { fixes } : {}),
          ...(related?.length ? { related } : {}),
        });
      },
    });
    // One by one: a rule may report hundreds of thousands of findings, too many to spread as arguments.
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
      range: documentAnchor(analysis.doc),
    });
  }
}

/** Parses, analyses with the settings' editions of the forms, and checks a text. */
export function checkText(
  text: string,
  settings: ResolvedSettings,
  rules: readonly Rule[] = RULES,
): CheckResult {
  return checkDocument(analyzeText(text, settings.forms), settings, rules);
}
