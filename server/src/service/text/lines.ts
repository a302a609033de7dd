import type { Position, Range } from '../model';

export interface SplitText {
  lines: string[];
  lineStarts: number[];
  eols: string[];
}

/** Splits on the three line breaks LSP recognises: \r\n, \n and a lone \r. */
export function splitLines(text: string): SplitText {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  const eols: string[] = [];
  let start = 0;
  // indexOf runs in native code: find each break by searching, not by reading every character.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (nextLf >= 0 || nextCr >= 0) {
    const isCr = nextCr >= 0 && (nextLf < 0 || nextCr < nextLf);
    const at = isCr ? nextCr : nextLf;
    const eol = isCr ? (nextLf === at + 1 ? '\r\n' : '\r') : '\n';
    lines.push(text.slice(start, at));
    lineStarts.push(start);
    eols.push(eol);
    start = at + eol.length;
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  eols.push('');
  return { lines, lineStarts, eols };
}

export function range(line: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(line: number, start: number, end: number): Range {
  return range(line, start, line, end);
}

/** Converts an offset into a position, given the line starts of the text. */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - (lineStarts[low] ?? 0) };
}

export function offsetAt(lineStarts: readonly number[], textLength: number, position: Position): number {
  if (position.line >= lineStarts.length) return textLength;
  const start = lineStarts[Math.max(0, position.line)] ?? 0;
  return Math.min(start + Math.max(0, position.character), textLength);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}
