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

/**
 * The keys of the lines that try to be a tag and are broken (`[[year:2022`): the tag is there, and the finding on
 * its line (LP001) says how to mend it; "missing" or "no value" would send the author looking for it.
 */
export function brokenTagKeys(doc: ParsedDocument): Set<string> {
  const keys = new Set<string>();
  for (const broken of doc.malformedTags) {
    const key = /^\s*\[\[?\s*([A-Za-z_]+)\s*:/.exec(doc.lines[broken.line] ?? '')?.[1];
    if (key) keys.add(key.toLowerCase());
  }
  return keys;
}
