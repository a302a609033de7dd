import type { ParsedDocument, Range, Tag } from '../model';
import { lineRange } from '../text/lines';

/** Where a finding about the whole document goes: the title, or else the first line. */
export function documentAnchor(doc: ParsedDocument): Range {
  if (doc.title) return doc.title.range;
  const first = doc.lines.findIndex((line) => line.trim() !== '');
  const line = Math.max(0, first);
  return lineRange(line, 0, (doc.lines[line] ?? '').length);
}

export function tagsWithKey(doc: ParsedDocument, key: string): Tag[] {
  return doc.tags.filter((tag) => tag.key.toLowerCase() === key);
}

/** A zero-width range at the start of a line. */
export function lineStart(line: number): Range {
  return lineRange(line, 0, 0);
}
