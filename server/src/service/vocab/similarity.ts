/** Edit distance with transpositions (optimal string alignment), bounded for speed on long inputs. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[b.length] ?? 0;
}

/**
 * How alike two folded values are, from 0 to 1: the better of the character similarity of the whole strings and
 * the share of words they have in common (so that word order and a missing word cost little).
 */
export function similarity(a: string, b: string, minimum = 0): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const words = wordOverlap(a, b);
  // Below `minimum` the exact score does not matter: stop the edit distance as soon as it cannot get there.
  const budget = Math.max(0, Math.floor((1 - Math.max(minimum, words)) * longest));
  const chars = 1 - Math.min(editDistance(a, b, budget), longest) / longest;
  return Math.max(chars, words);
}

function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(a.split(' ').map(stem));
  const wordsB = new Set(b.split(' ').map(stem));
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  // Dice coefficient, discounted so that sharing one word of several is not a near miss.
  return ((2 * shared) / (wordsA.size + wordsB.size)) * 0.9;
}

/** Singular and plural, "-ing" and bare forms read alike: survey/surveys, mapping/map. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
