import type { DocumentAnalysis } from '../analysis/types';
import type { CheckResult } from '../check';
import { indexEntry, type WorkspaceEntry } from '../features/indexEntry';
import { errorBlockers, readiness } from '../features/readiness';
import type { Localize } from '../l10n';
import type { Severity } from '../model';
import type { Finding } from '../rules/types';
import type { ResolvedSettings } from '../settings';
import { readDirectives } from '../suppressions';
import { byCodeUnits } from '../text/order';
import type { CheckedRecord, IndexRecord } from './documentIndex';

/** What the index keeps of a document, read and decided about: its entry, its suppression comments, its settings. */
export function recordOf(
  uri: string,
  analysis: DocumentAnalysis,
  settings: ResolvedSettings,
  stamp: string,
): IndexRecord {
  return {
    stamp,
    kind: analysis.doc.kind,
    form: analysis.form?.id ?? null,
    entry: analysis.doc.kind === 'other' ? null : indexEntry(uri, analysis),
    directives: readDirectives(analysis.doc),
    settings,
  };
}

/**
 * What the index keeps of a document's check: for a closed one its own findings, without their fixes (only open
 * documents get code actions); an open one's come from its analysis when asked.
 */
export function checkedOf(
  analysis: DocumentAnalysis,
  result: CheckResult,
  open: boolean,
  t: Localize,
  withReadiness = true,
): CheckedRecord {
  return {
    own: open ? [] : result.findings.map(({ fixes: _fixes, ...finding }) => finding),
    ...(withReadiness ? { readiness: readiness(analysis, result.findings, t) } : {}),
    counts: countBySeverity(result.findings),
    firstProblemLine: firstProblemLine(result.findings),
  };
}

/** The line of the first error or warning among findings, or null when there is none. */
function firstProblemLine(findings: readonly Finding[]): number | null {
  let first: number | null = null;
  for (const finding of findings) {
    if (finding.severity !== 'error' && finding.severity !== 'warning') continue;
    if (first === null || finding.range.start.line < first) first = finding.range.start.line;
  }
  return first;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/** A record's entry with its problems and readiness, the findings across documents counted in. */
export function workspaceEntry(record: IndexRecord, cross: readonly Finding[]): WorkspaceEntry | null {
  if (!record.entry) return null;
  if (!record.checked) return record.entry;
  const crossCounts = countBySeverity(cross);
  const problems = { ...record.checked.counts };
  for (const severity of SEVERITIES) problems[severity] += crossCounts[severity];
  const lines = [record.checked.firstProblemLine, firstProblemLine(cross)].filter((line) => line !== null);
  const firstLine = lines.length > 0 ? Math.min(...lines) : null;
  const own = record.checked.readiness;
  if (!own) return { ...record.entry, problems, firstProblemLine: firstLine };
  const blockers = [...own.blockers, ...errorBlockers(cross)];
  const state = { ...own, ready: blockers.length === 0, blockers };
  return { ...record.entry, problems, readiness: state, firstProblemLine: firstLine };
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      byCodeUnits(a.rule, b.rule),
  );
}
