import { fold } from './normalize';
import { memoize } from '../memo';
import { SpellingIndex } from './spellingIndex';

export interface VocabEntry {
  /** The value as the platform writes it. */
  canonical: string;
  /** Other spellings that mean the same value. */
  aliases?: readonly string[];
  /** Values of earlier versions of a form that now mean this one: accepted, with the current value suggested. */
  outdated?: readonly string[];
}

export interface Match<E> {
  entry: E;
  /** True when the value is written exactly as the canonical value. */
  exact: boolean;
}

export interface Suggestion<E> {
  entry: E;
  score: number;
}

/** How many suggestions are remembered per value: more than any caller shows. */
const RANKED = 10;
/** Below this, a suggestion is no near miss. */
export const SUGGESTION_THRESHOLD = 0.78;
/** A suggestion this alike, with no other entry within `CLEAR_MARGIN` of it, is what the value plainly means. */
const CLEAR_SCORE = 0.85;
const CLEAR_MARGIN = 0.15;

/** A closed list of values with their aliases: exact look-up and ranked did-you-mean. */
export class Vocabulary<E extends VocabEntry> {
  private source: readonly E[] | (() => readonly E[]);
  /** Built on the first look-up: a run that never reads a vocabulary does not pay for folding its spellings. */
  private folded: { byFolded: Map<string, E>; spellings: { key: string; entry: E }[] } | undefined;
  /** Built on the first did-you-mean: most vocabularies only ever look values up. */
  private index: SpellingIndex<E> | undefined;

  /** The entries, or a function that gives them on first use (data that is parsed only when needed). */
  constructor(entries: readonly E[] | (() => readonly E[])) {
    this.source = entries;
  }

  get entries(): readonly E[] {
    if (typeof this.source === 'function') this.source = this.source();
    return this.source;
  }

  private spellingsByKey(): { byFolded: Map<string, E>; spellings: { key: string; entry: E }[] } {
    if (this.folded) return this.folded;
    const byFolded = new Map<string, E>();
    const spellings: { key: string; entry: E }[] = [];
    for (const entry of this.entries) {
      for (const spelling of [entry.canonical, ...(entry.aliases ?? []), ...(entry.outdated ?? [])]) {
        const key = fold(spelling);
        if (!byFolded.has(key)) byFolded.set(key, entry);
        spellings.push({ key, entry });
      }
    }
    this.folded = { byFolded, spellings };
    return this.folded;
  }

  /** The entry a value names, through its canonical spelling or an alias, ignoring case and punctuation. */
  lookup(value: string): Match<E> | undefined {
    const entry = this.spellingsByKey().byFolded.get(fold(value));
    if (!entry) return undefined;
    return { entry, exact: entry.canonical === value };
  }

  /** Documents repeat their values: each distinct value (and threshold) is ranked once. */
  private readonly ranked = memoize((request: string) => {
    const separator = request.indexOf('\u0000');
    return this.rank(request.slice(separator + 1), Number(request.slice(0, separator)));
  });

  /** The closest entries to a value that is not in the vocabulary, best first, above a similarity threshold. */
  suggest(value: string, limit = 3, threshold = SUGGESTION_THRESHOLD): Suggestion<E>[] {
    return this.ranked(`${threshold}\u0000${fold(value)}`).slice(0, limit);
  }

  /**
   * The entry a misspelt value plainly means, safe to change it to without asking: the only suggestion, well above
   * the threshold, with no other entry close behind (`Sensemakng` is Sensemaking; `Nigeri` is Niger or Nigeria).
   */
  clearSuggestion(value: string): E | undefined {
    const [best, second] = this.suggest(value, 2, CLEAR_SCORE - CLEAR_MARGIN);
    if (!best || best.score < CLEAR_SCORE) return undefined;
    if (second && (second.score >= SUGGESTION_THRESHOLD || best.score - second.score < CLEAR_MARGIN))
      return undefined;
    return best.entry;
  }

  /** Every entry at least as alike as the threshold, best first. */
  private rank(key: string, threshold: number): Suggestion<E>[] {
    const best = new Map<E, number>();
    this.index ??= new SpellingIndex(this.spellingsByKey().spellings);
    for (const { candidate, score } of this.index.alike(key, threshold)) {
      if (score > (best.get(candidate.entry) ?? 0)) best.set(candidate.entry, score);
    }
    return [...best]
      .map(([entry, score]) => ({ entry, score }))
      .sort((a, b) => b.score - a.score || a.entry.canonical.localeCompare(b.entry.canonical))
      .slice(0, RANKED);
  }
}
