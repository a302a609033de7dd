import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'learning-plans';

/** A finding as an LSP diagnostic: its rule id is the code, linked to the rule's page. */
export function toDiagnostic(finding: Finding, rulesDocUrl: string): Diagnostic {
  const anchor = `${finding.rule}-${finding.name}`.toLowerCase();
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: `${rulesDocUrl}#${anchor}` },
    message: finding.message,
  };
}
