import { analyzeText } from './analysis/analyze';
import { checkDocument } from './check';
import type { Position } from './model';
import type { Finding, Fix, TextEdit } from './rules/types';
import type { ResolvedSettings } from './settings';
import { comparePositions, offsetAt, splitLines } from './text/lines';

/**
 * Applies edits to a text. An edit that overlaps one listed before it is left out, so that two fixes never
 * garble the same words.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const { lineStarts } = splitLines(text);
  const toOffset = (position: Position) => offsetAt(lineStarts, text.length, position);
  const spans = withoutOverlaps(edits)
    .map((edit) => ({ start: toOffset(edit.range.start), end: toOffset(edit.range.end), text: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // Pieces joined once: splicing a large text edit by edit would copy it over and over.
  const pieces: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    pieces.push(text.slice(cursor, span.start), span.text);
    cursor = span.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

function withoutOverlaps(edits: readonly TextEdit[]): TextEdit[] {
  const set = new EditSet();
  for (const edit of edits) if (set.accepts([edit])) set.add([edit]);
  return set.edits();
}

/**
 * Edits that do not overlap, kept in document order so that each new edit meets only its neighbours. Insertions
 * at one place (two missing sections at the end of a document) are joined in order rather than dropped, so that one
 * round of fixes makes them all.
 */
class EditSet {
  private readonly sorted: TextEdit[] = [];

  edits(): TextEdit[] {
    return [...this.sorted];
  }

  /** Whether all these edits can be added, against those taken and against each other. */
  accepts(edits: readonly TextEdit[]): boolean {
    return edits.every(
      (edit, index) => !this.clashes(edit) && !edits.slice(0, index).some((other) => overlap(edit, other)),
    );
  }

  add(edits: readonly TextEdit[]): void {
    for (const edit of edits) {
      const index = this.lowerBound(edit.range.start);
      const same = this.sorted[index];
      if (
        same &&
        isInsertion(same) &&
        isInsertion(edit) &&
        comparePositions(same.range.start, edit.range.start) === 0
      ) {
        this.sorted[index] = { range: same.range, newText: same.newText + edit.newText };
      } else {
        this.sorted.splice(index, 0, edit);
      }
    }
  }

  private clashes(edit: TextEdit): boolean {
    const index = this.lowerBound(edit.range.start);
    const before = this.sorted[index - 1];
    if (before && overlap(before, edit)) return true;
    for (let next = index; next < this.sorted.length; next++) {
      const other = this.sorted[next]!;
      if (comparePositions(other.range.start, edit.range.end) > 0) break;
      if (
        isInsertion(other) &&
        isInsertion(edit) &&
        comparePositions(other.range.start, edit.range.start) === 0
      )
        continue;
      if (overlap(other, edit)) return true;
    }
    return false;
  }

  /** The first index whose edit starts at or after the position. */
  private lowerBound(position: Position): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (comparePositions(this.sorted[middle]!.range.start, position) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
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
  const set = new EditSet();
  for (const finding of findings) {
    const edits = preferredFix(finding)?.edits ?? [];
    if (edits.length > 0 && set.accepts(edits)) set.add(edits);
  }
  return set.edits();
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
    const edits = fixAllEdits(checkDocument(analyzeText(current, settings.forms), settings).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += edits.length;
    current = next;
  }
  return { text: current, applied };
}

/**
 * The one edit that turns a text into another: what lies between their common beginning and end. Fix all in the
 * editor applies every round of fixes (closing a tag lets its value be fixed) as one edit, undone in one step.
 */
export function differenceEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a \r\n, nor a surrogate pair: back up to a character that starts a line or a code point.
  while (start > 0 && (before[start - 1] === '\r' || isLowSurrogate(before.charCodeAt(start)))) start--;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  while (
    end > 0 &&
    (isLowSurrogate(before.charCodeAt(before.length - end)) ||
      (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))
  )
    end--;
  const { lineStarts } = splitLines(before);
  const position = (offset: number): Position => positionAt(lineStarts, offset);
  return [
    {
      range: { start: position(start), end: position(before.length - end) },
      newText: after.slice(start, after.length - end),
    },
  ];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - lineStarts[low]! };
}
