import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'learning-plans';

/**
 * A finding of a document as an LSP diagnostic: its rule id is the code, linked to the rule's page; the places it is
 * about (the question an answer repeats, another document) are its related information, for the editor to jump to.
 */
export function toDiagnostic(finding: Finding, uri: string, rulesDocUrl: string): Diagnostic {
  const anchor = `${finding.rule}-${finding.name}`.toLowerCase();
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    codeDescription: { href: `${rulesDocUrl}#${anchor}` },
    message: finding.message,
    ...(finding.related?.length
      ? {
          relatedInformation: finding.related.map((place) => ({
            location: { uri: place.uri ?? uri, range: place.range },
            message: place.message,
          })),
        }
      : {}),
  };
}
