import type { ParsedDocument, Range, Tag } from '../model';
import { lineRange } from '../text/lines';

/** Where a finding about the whole document goes: the title, or else the first line. */
export function documentAnchor(doc: ParsedDocument): Range {
  if (doc.title) return doc.title.range;
  const first = doc.lines.findIndex((line) => line.trim() !== '');
  const line = Math.max(0, first);
  return lineRange(line, 0, (doc.lines[line] ?? '').length);
}

/** The tags of a key (given in lower case), whatever case they are written in. */
export function tagsWithKey(doc: ParsedDocument, key: string): Tag[] {
  const found: Tag[] = [];
  // Keys are nearly always written in lower case: compare as written first, and lower the case only otherwise.
  for (const tag of doc.tags)
    if (tag.key === key || (tag.key.length === key.length && tag.key.toLowerCase() === key)) found.push(tag);
  return found;
}

/** A zero-width range at the start of a line. */
export function lineStart(line: number): Range {
  return lineRange(line, 0, 0);
}
