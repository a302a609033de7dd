import { analyzeText } from './analysis/analyze';
import type { DocumentAnalysis } from './analysis/types';
import type { Severity } from './model';
import { documentAnchor } from './rules/anchors';
import { INTERNAL_ERROR } from './rules/internalError';
import { RULES } from './rules/registry';
import { applySuppressions } from './suppressions';
import type { Finding, Report, Rule, RuleContext } from './rules/types';
import { ruleLevel, type ResolvedSettings } from './settings';
import { byCodeUnits } from './text/order';

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
  const run = new RuleRun(analysis, settings, result);
  for (const rule of rules) {
    if (!rule.kinds.includes(doc.kind)) continue;
    const level = ruleLevel(settings, rule);
    if (level !== 'off') run.run(rule, level);
  }
  result.findings = applySuppressions(doc, result.findings);
  result.findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      byCodeUnits(a.rule, b.rule),
  );
  return result;
}

/**
 * The rules run on one document with one context between them: each rule's findings go straight into the result,
 * and are taken out again if it throws (its findings are then missing, and one finding says so).
 */
class RuleRun {
  private readonly context: RuleContext;
  private rule: Rule | undefined;
  private severity: Severity = 'error';

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly settings: ResolvedSettings,
    private readonly result: CheckResult,
  ) {
    this.context = { ...analysis, settings, t: settings.t, report: (report) => this.add(report) };
  }

  run(rule: Rule, severity: Severity): void {
    this.rule = rule;
    this.severity = severity;
    const before = this.result.findings.length;
    try {
      rule.check(this.context);
    } catch (error) {
      this.result.findings.length = before;
      this.result.failures.push({ rule: rule.id, error });
      this.result.findings.push(this.failure(rule));
    }
  }

  private add({ range, message, fixes, related }: Report): void {
    const rule = this.rule!;
    const finding: Finding = { rule: rule.id, name: rule.name, severity: this.severity, message, range };
    if (fixes && fixes.length > 0) finding.fixes = fixes;
    if (related && related.length > 0) finding.related = related;
    this.result.findings.push(finding);
  }

  private failure(rule: Rule): Finding {
    return {
      rule: INTERNAL_ERROR.id,
      name: INTERNAL_ERROR.name,
      severity: 'error',
      message: this.settings.t(
        'The rule {0} ({1}) failed on this document; its findings are missing. Please report it.',
        rule.id,
        rule.name,
      ),
      range: documentAnchor(this.analysis.doc),
    };
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
