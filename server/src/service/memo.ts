/**
 * A bounded memo for pure functions of a string: documents of an archive repeat the same values, prompts and
 * headings, and the costly lookups (did-you-mean, prompt similarity) need not run twice for them.
 */
import { ownCopy } from './text/ownCopy';

export function memoize<R>(compute: (key: string) => R, limit = 10_000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const result = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(ownCopy(key), result);
    return result;
  };
}
