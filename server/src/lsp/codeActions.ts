import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import { fixAllEdits, type Finding, type Localize } from '../service';
import { toDiagnostic } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.learningPlans`;

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for the findings under the cursor, then "fix all" when the document has fixable findings. */
export function codeActions(
  uri: string,
  findings: readonly Finding[],
  range: Range,
  only: readonly string[] | undefined,
  rulesDocUrl: string,
  t: Localize,
): CodeAction[] {
  const wants = (kind: string) =>
    !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (!finding.fixes || !overlaps(finding.range, range)) continue;
      const diagnostic: Diagnostic = toDiagnostic(finding, rulesDocUrl);
      for (const fix of finding.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred ?? false,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
  }
  const edits = fixAllEdits(findings);
  if (edits.length > 0 && (wants(FIX_ALL_KIND) || (!only && actions.length > 0))) {
    actions.push({
      title: t('Fix all learning-plan problems in this file'),
      kind: FIX_ALL_KIND,
      edit: { changes: { [uri]: edits } },
    });
  }
  return actions;
}
