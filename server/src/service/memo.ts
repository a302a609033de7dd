/**
 * A bounded memo for pure functions of a string: documents of an archive repeat the same values, prompts and
 * headings, and the costly lookups (did-you-mean, prompt similarity) need not run twice for them.
 */
import { ownCopy } from './text/ownCopy';

/** Longer keys are computed every time: remembering a megabyte-long value would hold its memory for nothing. */
export const MAX_MEMO_KEY_LENGTH = 1_000;

/**
 * Remembers about `limit` results in two generations: new results go to the young one; when it is full it becomes
 * the old one, and what is asked again from the old one moves back to the young. A document full of distinct values
 * thus pushes out the values nobody asks for, never those every document shares — as a least-recently-used cache
 * would, at the cost of two map look-ups.
 */
export function memoize<R extends NonNullable<unknown>>(
  compute: (key: string) => R,
  limit = 10_000,
): (key: string) => R {
  let young = new Map<string, R>();
  let old = new Map<string, R>();
  const remember = (key: string, result: R) => {
    if (young.size >= limit / 2) {
      old = young;
      young = new Map();
    }
    young.set(key, result);
  };
  return (key) => {
    const known = young.get(key);
    if (known !== undefined) return known;
    const older = old.get(key);
    if (older !== undefined) {
      remember(key, older);
      return older;
    }
    const result = compute(key);
    if (key.length <= MAX_MEMO_KEY_LENGTH) remember(ownCopy(key), result);
    return result;
  };
}

/**
 * A value built on its first use and kept: the vocabularies' indexes, the borders and the forms cost start-up time
 * that a run which never reads them (a server answering `initialize`, `--version`) need not pay.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
