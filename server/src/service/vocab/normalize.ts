/**
 * Folds a vocabulary value for comparison: case, accents, punctuation and spacing do not distinguish values,
 * and HTML entities the platform exported (`&amp;`) read as the characters they stand for.
 */
export function fold(value: string): string {
  const known = folded.get(value);
  if (known !== undefined) return known;
  const result = foldUncached(value);
  // The same keys, prompts and values come back in every document: remember a bounded number of them.
  if (folded.size >= MAX_REMEMBERED) folded.clear();
  folded.set(value, result);
  return result;
}

const MAX_REMEMBERED = 20_000;
const folded = new Map<string, string>();

function foldUncached(value: string): string {
  if (/^[a-z0-9 ]*$/.test(value)) return value.trim().replace(/ +/g, ' ');
  return value
    .replace(/&amp;/g, '&')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
