import { checkDocument } from './check';
import type { Position } from './model';
import { parseDocument } from './parse';
import type { Finding, Fix, TextEdit } from './rules/types';
import type { ResolvedSettings } from './settings';
import { comparePositions, offsetAt, splitLines } from './text/lines';

/**
 * Applies edits to a text. An edit that overlaps one listed before it is left out, so that two fixes never
 * garble the same words; the rest are applied from the end so that offsets stay valid.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const { lineStarts } = splitLines(text);
  const toOffset = (position: Position) => offsetAt(lineStarts, text.length, position);
  const spans = withoutOverlaps(edits)
    .map((edit) => ({ start: toOffset(edit.range.start), end: toOffset(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}

function withoutOverlaps(edits: readonly TextEdit[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const edit of edits) addUnlessOverlapping(taken, edit);
  return taken;
}

/**
 * Takes an edit unless it overlaps one already taken. Insertions at the same place (two missing sections at the
 * end of a document) are joined in order rather than dropped, so that one round of fixes makes them all.
 */
function addUnlessOverlapping(taken: TextEdit[], edit: TextEdit): boolean {
  if (isInsertion(edit)) {
    const index = taken.findIndex(
      (other) => isInsertion(other) && comparePositions(other.range.start, edit.range.start) === 0,
    );
    const same = taken[index];
    if (same) {
      taken[index] = { range: same.range, newText: same.newText + edit.newText };
      return true;
    }
  }
  if (taken.some((other) => overlap(edit, other))) return false;
  taken.push(edit);
  return true;
}

function isInsertion(edit: TextEdit): boolean {
  return comparePositions(edit.range.start, edit.range.end) === 0;
}

/** The fix "fix all" would take for a finding: its preferred fix, when it has one. */
export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((fix) => fix.preferred);
}

/** Every preferred fix of a set of findings, as one list of edits that do not overlap (the first fix wins). */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const edits = preferredFix(finding)?.edits ?? [];
    const trial = [...taken];
    if (edits.every((edit) => addUnlessOverlapping(trial, edit))) taken.splice(0, taken.length, ...trial);
  }
  return taken;
}

function overlap(a: TextEdit, b: TextEdit): boolean {
  const [first, second] = comparePositions(a.range.start, b.range.start) <= 0 ? [a, b] : [b, a];
  const touching = comparePositions(first.range.end, second.range.start);
  // Two insertions at the same place would land in an arbitrary order: treat them as overlapping too.
  return (
    touching > 0 ||
    (touching === 0 &&
      comparePositions(first.range.start, first.range.end) === 0 &&
      comparePositions(second.range.start, second.range.end) === 0)
  );
}

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all. */
  applied: number;
}

/**
 * Applies every preferred fix, then checks again and repeats while fixes remain (a fix may make room for another),
 * at most a few rounds. Applying it to its own result changes nothing.
 */
export function fixAll(text: string, settings: ResolvedSettings, maxRounds = 10): FixAllResult {
  let current = text;
  let applied = 0;
  for (let round = 0; round < maxRounds; round++) {
    const edits = fixAllEdits(checkDocument(parseDocument(current), settings).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += edits.length;
    current = next;
  }
  return { text: current, applied };
}
