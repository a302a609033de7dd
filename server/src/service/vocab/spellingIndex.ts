import { overlapScore, scoreWithWords, wordStems } from './similarity';

/**
 * Values longer than this get no did-you-mean: the longest spelling of any vocabulary has 63 characters, and a
 * value three times longer is not a misspelling of one. It also bounds the work a single value can cause.
 */
export const MAX_SUGGESTED_LENGTH = 200;

export interface Spelling<E> {
  /** The folded spelling. */
  key: string;
  entry: E;
}

interface Indexed<E> extends Spelling<E> {
  stems: ReadonlySet<string>;
  characters: Uint16Array;
}

interface Probe {
  key: string;
  stems: ReadonlySet<string>;
  characters: Uint16Array;
}

/**
 * The folded spellings of a vocabulary, indexed so that a value is compared only with the spellings that could be
 * alike enough: those sharing enough of its words, and those of a close length that share enough of its character
 * pairs. Each candidate is then scored exactly as `similarity` would: the index changes the cost, not the answer.
 */
export class SpellingIndex<E> {
  /** Sorted by length: the spellings of a range of lengths are one run of positions. */
  private readonly byLength: Indexed<E>[];
  /** `lengthStart[n]` is the position of the first spelling at least n characters long. */
  private readonly lengthStart: number[] = [];
  /** Word stem -> the positions of the spellings that have it. */
  private readonly byStem = new Map<string, number[]>();
  /** Character pair -> the positions of the spellings that have it, each followed by how many times. */
  private readonly byPair = new Map<number, number[]>();
  /** Pairs shared with the value being ranked, by position (zeroed again after each use). */
  private readonly sharedPairs: Int32Array;

  constructor(spellings: readonly Spelling<E>[]) {
    this.byLength = spellings
      .map((spelling) => ({
        ...spelling,
        stems: wordStems(spelling.key),
        characters: characterCounts(spelling.key),
      }))
      .sort((a, b) => a.key.length - b.key.length);
    this.sharedPairs = new Int32Array(this.byLength.length);
    const longest = this.byLength.at(-1)?.key.length ?? 0;
    let position = 0;
    for (let length = 0; length <= longest + 1; length++) {
      while (position < this.byLength.length && this.byLength[position]!.key.length < length) position++;
      this.lengthStart.push(position);
    }
    this.byLength.forEach((spelling, index) => {
      for (const stem of spelling.stems) append(this.byStem, stem, index);
      for (const [pair, count] of pairCounts(spelling.key)) append(this.byPair, pair, index, count);
    });
  }

  /** The spellings whose similarity to a folded value reaches the threshold, with their score. */
  *alike(key: string, threshold: number): Generator<{ candidate: Spelling<E>; score: number }> {
    if (key.length === 0 || key.length > MAX_SUGGESTED_LENGTH) return;
    const probe = { key, stems: wordStems(key), characters: characterCounts(key) };
    const sharedStems = this.sharedStems(probe.stems);
    const candidates = this.closeInCharacters(key, threshold);
    for (const [position, shared] of sharedStems) {
      const words = overlapScore(shared, probe.stems.size, this.byLength[position]!.stems.size);
      if (words >= threshold) candidates.add(position);
    }
    for (const position of candidates) {
      const candidate = this.byLength[position]!;
      const words = overlapScore(sharedStems.get(position) ?? 0, probe.stems.size, candidate.stems.size);
      if (words < threshold && !charactersCanReach(probe, candidate, threshold)) continue;
      const score = scoreWithWords(key, candidate.key, words, threshold);
      if (score >= threshold) yield { candidate, score };
    }
  }

  /** How many word stems each spelling shares with the value. */
  private sharedStems(stems: ReadonlySet<string>): Map<number, number> {
    const shared = new Map<number, number>();
    for (const stem of stems) {
      for (const position of this.byStem.get(stem) ?? [])
        shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    return shared;
  }

  /**
   * The positions of the spellings whose character score may reach the threshold: a close length (a score of t
   * needs the lengths within a factor t of each other) and enough character pairs in common (below).
   */
  private closeInCharacters(key: string, threshold: number): Set<number> {
    const found = new Set<number>();
    const shortest = threshold > 0 ? Math.floor(key.length * threshold) - 1 : 0;
    const longest = threshold > 0 ? Math.ceil(key.length / threshold) + 1 : Infinity;
    const inWindow = (length: number) => length >= shortest && length <= longest;
    const touched = this.countSharedPairs(key);
    for (const position of touched) {
      const length = this.byLength[position]!.key.length;
      const needed = pairsNeeded(key.length, length, threshold);
      if (inWindow(length) && needed > 0 && this.sharedPairs[position]! >= needed) found.add(position);
      this.sharedPairs[position] = 0;
    }
    // Where too few pairs are needed to tell (short values, low thresholds), every spelling of the length counts.
    const lastLength = Math.min(longest, this.lengthStart.length - 1);
    for (let length = Math.max(0, shortest); length <= lastLength; length++) {
      if (pairsNeeded(key.length, length, threshold) > 0) continue;
      for (let position = this.startOf(length); position < this.startOf(length + 1); position++)
        found.add(position);
    }
    return found;
  }

  /** Fills `sharedPairs` with the pairs each spelling shares with the key (as multisets); returns the positions. */
  private countSharedPairs(key: string): number[] {
    const touched: number[] = [];
    for (const [pair, count] of pairCounts(key)) {
      const postings = this.byPair.get(pair) ?? [];
      for (let i = 0; i < postings.length; i += 2) {
        const position = postings[i]!;
        if (this.sharedPairs[position] === 0) touched.push(position);
        this.sharedPairs[position]! += Math.min(count, postings[i + 1]!);
      }
    }
    return touched;
  }

  private startOf(length: number): number {
    if (length <= 0) return 0;
    return this.lengthStart[Math.min(length, this.lengthStart.length - 1)] ?? this.byLength.length;
  }
}

function append<K>(index: Map<K, number[]>, key: K, ...values: number[]): void {
  const list = index.get(key);
  if (list) list.push(...values);
  else index.set(key, values);
}

/** The most edits a character score of `threshold` allows between strings of these lengths (as `similarity`). */
function editBudget(lengthA: number, lengthB: number, threshold: number): number {
  return Math.floor((1 - threshold) * Math.max(lengthA, lengthB) + 1e-9);
}

/**
 * The character pairs two strings within the edit budget must share: of the longer one's pairs, an edit spoils
 * at most three (a transposition; a substitution two, an insertion or a deletion one or two).
 */
function pairsNeeded(lengthA: number, lengthB: number, threshold: number): number {
  return Math.max(lengthA, lengthB) - 1 - 3 * editBudget(lengthA, lengthB, threshold);
}

function pairCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 1; i < text.length; i++) {
    const pair = text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Characters counted in 32 buckets (a–z apart): the cheap lower bound on an edit distance below. */
function characterCounts(text: string): Uint16Array {
  const counts = new Uint16Array(32);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) & 31]!++;
  return counts;
}

/**
 * Whether the character score could reach the threshold, from the character counts alone: an insertion or a
 * deletion changes one count by one, a substitution two counts, a transposition none.
 */
function charactersCanReach(probe: Probe, candidate: Indexed<unknown>, threshold: number): boolean {
  let difference = 0;
  for (let i = 0; i < 32; i++) difference += Math.abs(probe.characters[i]! - candidate.characters[i]!);
  return Math.ceil(difference / 2) <= editBudget(probe.key.length, candidate.key.length, threshold);
}
