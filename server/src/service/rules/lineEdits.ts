import type { ParsedDocument } from '../model';
import { dominantEol } from '../text/eol';
import { lineRange, range } from '../text/lines';
import type { TextEdit } from './types';

/** An edit that removes a whole line, its line break included. */
export function deleteLine(doc: ParsedDocument, line: number): TextEdit {
  if (line + 1 < doc.lines.length) return { range: range(line, 0, line + 1, 0), newText: '' };
  const previous = line - 1;
  if (previous >= 0)
    return {
      range: range(previous, (doc.lines[previous] ?? '').length, line, (doc.lines[line] ?? '').length),
      newText: '',
    };
  return { range: lineRange(line, 0, (doc.lines[line] ?? '').length), newText: '' };
}

/** An edit that adds a line below another, with the document's own line break. */
export function insertAfterLine(doc: ParsedDocument, line: number, text: string): TextEdit {
  const eol = dominantEol(doc);
  if ((doc.eols[line] ?? '') !== '') return { range: range(line + 1, 0, line + 1, 0), newText: text + eol };
  const end = (doc.lines[line] ?? '').length;
  return { range: lineRange(line, end, end), newText: eol + text };
}
