import type { ParsedDocument, Tag } from '../model';
import { deleteLine, insertAfterLine } from '../rules/lineEdits';
import type { TextEdit } from '../rules/types';
import { dominantEol } from '../text/eol';
import { fold } from '../vocab/normalize';
import { frontMatterEdits } from './frontMatterEdits';
import type { TagOperation } from './tagOperation';

/**
 * The edits that apply the operation to one document: tag lines for archive pages, list items of the front matter
 * for toolkit cards. A value is the same value in any case or punctuation; adding one the document has, or removing
 * one it lacks, changes nothing.
 */
export function tagEdits(doc: ParsedDocument, operation: TagOperation): TextEdit[] {
  if (doc.frontMatter) return frontMatterEdits(doc, operation);
  const tags = doc.tags.filter((tag) => tag.key.toLowerCase() === operation.key);
  const named = (value: string) => (tag: Tag) => fold(tag.value) === fold(value);
  switch (operation.op) {
    case 'add':
      return tags.some(named(operation.value))
        ? []
        : [insertTagLine(doc, tags, `[[${operation.key}:${operation.value}]]`)];
    case 'remove':
      return tags.filter(named(operation.value)).map((tag) => deleteLine(doc, tag.line));
    case 'rename': {
      const [first, ...rest] = tags.filter(named(operation.from));
      if (!first) return [];
      // Renamed to a value the document already has: the old lines go, rather than leave the value twice.
      if (fold(operation.to) !== fold(operation.from) && tags.some(named(operation.to)))
        return [first, ...rest].map((tag) => deleteLine(doc, tag.line));
      const renamed =
        first.value === operation.to ? [] : [{ range: first.valueRange, newText: operation.to }];
      return [...renamed, ...rest.map((tag) => deleteLine(doc, tag.line))];
    }
  }
}

/** A new tag line: after the key's last one, else after the tag block, else after the title. */
function insertTagLine(doc: ParsedDocument, sameKey: readonly Tag[], tagLine: string): TextEdit {
  const header = doc.tags.filter((tag) => tag.inHeader);
  const anchor = lastLine(sameKey) ?? lastLine(header) ?? doc.title?.line ?? lastLine(doc.tags) ?? null;
  return anchor === null
    ? { range: at(0, 0), newText: tagLine + dominantEol(doc) }
    : insertAfterLine(doc, anchor, tagLine);
}

function lastLine(tags: readonly Tag[]): number | undefined {
  return tags.length === 0 ? undefined : Math.max(...tags.map((tag) => tag.line));
}

function at(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}

/** How many of the documents carry each value of a key, most common first (by its most common spelling). */
export function tagValueCounts(
  docs: readonly ParsedDocument[],
  key: string,
): { value: string; count: number }[] {
  const counts = new Map<string, { spellings: Map<string, number>; count: number }>();
  const wanted = key.trim().toLowerCase();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const value of valuesOf(doc, wanted)) {
      const folded = fold(value);
      const entry = counts.get(folded) ?? { spellings: new Map<string, number>(), count: 0 };
      entry.spellings.set(value, (entry.spellings.get(value) ?? 0) + 1);
      if (!seen.has(folded)) entry.count++;
      seen.add(folded);
      counts.set(folded, entry);
    }
  }
  return [...counts.values()]
    .map(({ spellings, count }) => ({
      value: [...spellings].sort((a, b) => b[1] - a[1])[0]![0],
      count,
    }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function valuesOf(doc: ParsedDocument, key: string): string[] {
  if (doc.frontMatter) {
    const entry = doc.frontMatter.entries.find((candidate) => candidate.key.toLowerCase() === key);
    return entry?.items?.map((item) => item.value) ?? (entry?.scalar ? [entry.scalar] : []);
  }
  return doc.tags.filter((tag) => tag.key.toLowerCase() === key && tag.value !== '').map((tag) => tag.value);
}
