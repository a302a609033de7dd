/**
 * Text longer than this is compared by its beginning only. No form's prompt, heading or option comes near it, and
 * an edit distance costs the product of the two lengths: two long strings must not stall a rule.
 */
export const MAX_COMPARED_LENGTH = 1_000;

/** Rows of the edit distance, reused from call to call: the comparison runs thousands of times per document. */
let rows = [new Int32Array(128), new Int32Array(128), new Int32Array(128)] as const;

function rowsFor(width: number): readonly [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < width) {
    const size = Math.max(width, rows[0].length * 2);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  return rows;
}

/** Edit distance with transpositions (optimal string alignment); above `max` it stops and returns `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let [prevPrev, prev, current] = rowsFor(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj)
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const done = prevPrev;
    prevPrev = prev;
    prev = current;
    current = done;
  }
  return prev[b.length]!;
}

/**
 * How alike two folded values are, from 0 to 1: the better of the character similarity of the whole strings and
 * the share of words they have in common (so that word order and a missing word cost little).
 */
export function similarity(a: string, b: string, minimum = 0): number {
  if (a === b) return 1;
  a = a.slice(0, MAX_COMPARED_LENGTH);
  b = b.slice(0, MAX_COMPARED_LENGTH);
  return scoreWithWords(a, b, wordOverlap(wordStems(a), wordStems(b)), minimum);
}

/** `similarity` when the word score is known already (the vocabulary index keeps each spelling's words). */
export function scoreWithWords(a: string, b: string, words: number, minimum: number): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  // Below `minimum` the exact score does not matter: stop the edit distance as soon as it cannot get there. (The
  // epsilon keeps a bound such as (1 - 0.78) * 50 at 11, not 10.999…: a score past the budget stays below `minimum`.)
  const budget = Math.max(0, Math.floor((1 - Math.max(minimum, words)) * longest + 1e-9));
  const chars = 1 - Math.min(editDistance(a, b, budget), longest) / longest;
  return Math.max(chars, words);
}

/** The share of words two values have in common, from their word stems. */
export function wordOverlap(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return overlapScore(shared, wordsA.size, wordsB.size);
}

/** Dice coefficient, discounted so that sharing one word of several is not a near miss. */
export function overlapScore(shared: number, sizeA: number, sizeB: number): number {
  return ((2 * shared) / (sizeA + sizeB)) * 0.9;
}

/** The distinct stems of a folded value's words. */
export function wordStems(folded: string): Set<string> {
  return new Set(folded.split(' ').map(stem));
}

/** Singular and plural, "-ing" and bare forms read alike: survey/surveys, mapping/map. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
