import { LRUCache } from 'lru-cache';
import { MAX_MEMO_KEY_LENGTH, memoize } from '../memo';

/**
 * Folds a vocabulary value for comparison: case, accents, punctuation and spacing do not distinguish values,
 * and HTML entities the platform exported (`&amp;`) read as the characters they stand for.
 */
const foldShort = memoize(foldUncached, 20_000);

/** Values too long for the memo: several rules fold the same one in a check, so the last few are remembered. */
const foldedLong = new LRUCache<string, string>({ max: 4 });

export function fold(value: string): string {
  if (value.length <= MAX_MEMO_KEY_LENGTH) return foldShort(value);
  const known = foldedLong.get(value);
  if (known !== undefined) return known;
  const result = foldUncached(value);
  foldedLong.set(value, result);
  return result;
}

const NOT_ASCII = /[^\x00-\x7f]/;

function foldUncached(value: string): string {
  if (/^[a-z0-9 ]*$/.test(value)) return value.trim().replace(/ +/g, ' ');
  // Plain ASCII has no accents to take off: the same result without Unicode normalisation.
  if (!NOT_ASCII.test(value))
    return value
      .replace(/&amp;/g, '&')
      .toLowerCase()
      .replace(/[^a-z0-9&]+/g, ' ')
      .trim();
  return value
    .replace(/&amp;/g, '&')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
