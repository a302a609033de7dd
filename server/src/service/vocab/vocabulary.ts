import { fold } from './normalize';
import { memoize } from '../memo';
import { similarity } from './similarity';

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

/** A closed list of values with their aliases: exact look-up and ranked did-you-mean. */
export class Vocabulary<E extends VocabEntry> {
  readonly entries: readonly E[];
  private readonly byFolded = new Map<string, E>();
  private readonly folded: { key: string; entry: E }[] = [];

  constructor(entries: readonly E[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const spelling of [entry.canonical, ...(entry.aliases ?? []), ...(entry.outdated ?? [])]) {
        const key = fold(spelling);
        if (!this.byFolded.has(key)) this.byFolded.set(key, entry);
        this.folded.push({ key, entry });
      }
    }
  }

  /** The entry a value names, through its canonical spelling or an alias, ignoring case and punctuation. */
  lookup(value: string): Match<E> | undefined {
    const entry = this.byFolded.get(fold(value));
    if (!entry) return undefined;
    return { entry, exact: entry.canonical === value };
  }

  private readonly suggestions = memoize((key: string) => this.rank(key));

  /** The closest entries to a value that is not in the vocabulary, best first, above a similarity threshold. */
  suggest(value: string, limit = 3, threshold = 0.78): Suggestion<E>[] {
    return this.suggestions(fold(value))
      .filter((suggestion) => suggestion.score >= threshold)
      .slice(0, limit);
  }

  /** Every entry at least somewhat alike, best first. */
  private rank(key: string): Suggestion<E>[] {
    const threshold = 0.5;
    if (key.length === 0) return [];
    const best = new Map<E, number>();
    for (const candidate of this.folded) {
      const score = similarity(key, candidate.key, threshold);
      if (score >= threshold && score > (best.get(candidate.entry) ?? 0)) best.set(candidate.entry, score);
    }
    return [...best]
      .map(([entry, score]) => ({ entry, score }))
      .sort((a, b) => b.score - a.score || a.entry.canonical.localeCompare(b.entry.canonical))
      .slice(0, 10);
  }
}
