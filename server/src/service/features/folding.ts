import type { ParsedDocument } from '../model';

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

/** Folds for the tag block, the front matter, each section and each `<div class="group">`. */
export function foldingRanges(doc: ParsedDocument): Fold[] {
  if (doc.kind === 'other') return [];
  const folds: Fold[] = [];
  const header = doc.tags.filter((tag) => tag.inHeader);
  const first = header[0];
  const last = header[header.length - 1];
  if (first && last && last.line > first.line)
    folds.push({ startLine: first.line, endLine: last.line, kind: 'region' });
  const frontMatter = doc.frontMatter?.range;
  if (frontMatter && frontMatter.end.line > frontMatter.start.line) {
    folds.push({ startLine: frontMatter.start.line, endLine: frontMatter.end.line, kind: 'region' });
  }
  for (const section of doc.sections) {
    const end = lastContentLine(doc, section.heading.line, section.endLine);
    if (end > section.heading.line) folds.push({ startLine: section.heading.line, endLine: end });
  }
  for (const group of doc.groups) {
    if (group.range.end.line > group.range.start.line)
      folds.push({ startLine: group.range.start.line, endLine: group.range.end.line });
  }
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The last non-blank line of a span, so that a folded section keeps the blank lines before the next heading. */
function lastContentLine(doc: ParsedDocument, start: number, end: number): number {
  let line = end;
  while (line > start && (doc.lines[line] ?? '').trim() === '') line--;
  return line;
}
