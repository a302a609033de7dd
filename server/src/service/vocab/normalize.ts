/**
 * Folds a vocabulary value for comparison: case, accents, punctuation and spacing do not distinguish values,
 * and HTML entities the platform exported (`&amp;`) read as the characters they stand for.
 */
export function fold(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
