import type { ParsedDocument, Range } from '../model';
import { lineRange } from '../text/lines';

export interface DocumentLink {
  range: Range;
  target: string;
}

const URL = /\bhttps?:\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;
const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\].]+$/;

/** The focal point as a mailto: link, and every web address in the document's text. */
export function documentLinks(doc: ParsedDocument): DocumentLink[] {
  if (doc.kind === 'other') return [];
  const links: DocumentLink[] = [];
  for (const tag of doc.tags) {
    if (tag.key.toLowerCase() === 'focal_point' && EMAIL.test(tag.value)) {
      links.push({ range: tag.valueRange, target: `mailto:${tag.value}` });
    }
  }
  doc.lines.forEach((text, line) => {
    if (!text.includes('http')) return;
    for (const match of text.matchAll(URL)) {
      links.push({ range: lineRange(line, match.index, match.index + match[0].length), target: match[0] });
    }
  });
  return links;
}
