import { fixAllEdits, preferredFix } from '../fixes';
import type { Localize } from '../l10n';
import type { Range } from '../model';
import type { Finding, TextEdit } from '../rules/types';
import { comparePositions } from '../text/lines';

/** The kinds of code action the service offers, as LSP names them. */
export const QUICK_FIX_KIND = 'quickfix';
export const FIX_ALL_KIND = 'source.fixAll.learningPlans';

export interface CodeActionEntry {
  title: string;
  kind: typeof QUICK_FIX_KIND | typeof FIX_ALL_KIND;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** The finding a quick fix resolves. */
  finding?: Finding;
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}

/**
 * Quick fixes for the findings under the cursor, and "fix all" where hands look for it: in the quick-fix menu
 * (Ctrl+.) beside the fixes of a finding under the cursor, and as the source action editors run on save.
 */
export function codeActionsFor(
  findings: readonly Finding[],
  range: Range,
  only: readonly string[] | undefined,
  t: Localize,
  fixAllOf: () => TextEdit[] = () => fixAllEdits(findings),
): CodeActionEntry[] {
  const wants = (kind: string) =>
    !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeActionEntry[] = [];
  const here = findings.filter((finding) => overlaps(finding.range, range));
  if (wants(QUICK_FIX_KIND)) {
    for (const finding of here) {
      for (const fix of finding.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: QUICK_FIX_KIND,
          edits: fix.edits,
          isPreferred: fix.preferred ?? false,
          finding,
        });
      }
    }
  }
  const asQuickFix = wants(QUICK_FIX_KIND) && here.length > 0;
  // Asked for by name only: an editor that lists every kind (only absent) shows the quick-fix entry above.
  const asSource = only !== undefined && wants(FIX_ALL_KIND);
  if ((!asQuickFix && !asSource) || !findings.some((finding) => preferredFix(finding))) return actions;
  const edits = fixAllOf();
  if (edits.length === 0) return actions;
  const title = t('Fix all learning-plan problems in this file');
  if (asQuickFix) actions.push({ title, kind: QUICK_FIX_KIND, edits });
  if (asSource) actions.push({ title, kind: FIX_ALL_KIND, edits });
  return actions;
}
