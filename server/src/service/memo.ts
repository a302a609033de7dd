/**
 * A bounded memo for pure functions of a string: documents of an archive repeat the same values, prompts and
 * headings, and the costly lookups (did-you-mean, prompt similarity) need not run twice for them.
 */
import { LRUCache } from 'lru-cache';
import { ownCopy } from './text/ownCopy';

/** Longer keys are computed every time: remembering a megabyte-long value would hold its memory for nothing. */
export const MAX_MEMO_KEY_LENGTH = 1_000;

/**
 * Remembers up to `limit` results, forgetting the least recently used first: a document full of distinct values
 * pushes out old ones one by one instead of emptying the memo of the values every document shares.
 */
export function memoize<R extends NonNullable<unknown>>(
  compute: (key: string) => R,
  limit = 10_000,
): (key: string) => R {
  // Made on first use: the cache sets aside room for `limit` entries, and many memos are never used in a run.
  let cache: LRUCache<string, R> | undefined;
  return (key) => {
    cache ??= new LRUCache<string, R>({ max: limit });
    const known = cache.get(key);
    if (known !== undefined) return known;
    const result = compute(key);
    if (key.length <= MAX_MEMO_KEY_LENGTH) cache.set(ownCopy(key), result);
    return result;
  };
}
