import { memoize } from '../memo';

/**
 * Folds a vocabulary value for comparison: case, accents, punctuation and spacing do not distinguish values,
 * and HTML entities the platform exported (`&amp;`) read as the characters they stand for.
 */
export const fold: (value: string) => string = memoize(foldUncached, 20_000);

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
