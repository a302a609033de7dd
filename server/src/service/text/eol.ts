import type { ParsedDocument } from '../model';

/** The line break the document mostly uses, so that inserted text matches it. */
export function dominantEol(doc: ParsedDocument): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (const eol of doc.eols) {
    if (eol === '\r\n') crlf++;
    else if (eol === '\n') lf++;
    else if (eol === '\r') cr++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
