import type { Localize } from '../l10n';
import type { Range, Tag } from '../model';
import type { Suggestion, VocabEntry, Vocabulary } from '../vocab/vocabulary';
import type { Fix, Report } from './types';

/**
 * The replacements a did-you-mean offers: one quick fix per suggestion. The one the value plainly means (the
 * vocabulary's clear suggestion) is preferred, and "fix all" applies it; otherwise the author chooses.
 */
export function suggestionFixes(
  range: Range,
  suggestions: readonly Suggestion<VocabEntry>[],
  clear: VocabEntry | undefined,
  t: Localize,
): Fix[] {
  return suggestions.map(({ entry }) => ({
    title: t('Change to "{0}"', entry.canonical),
    edits: [{ range, newText: entry.canonical }],
    ...(entry === clear ? { preferred: true } : {}),
  }));
}

/**
 * How many unknown values of one key a document gets did-you-means for. Each costs a search of the vocabulary; a
 * document with more (hundreds of made-up countries) is not one an author wrote, and the rest are still reported,
 * only without a suggestion, so that checking it stays quick.
 */
export const SUGGESTED_VALUES = 100;

/** Counts the unknown values of one key in a document: each may have suggestions until the budget is spent. */
export class SuggestionBudget {
  private left = SUGGESTED_VALUES;

  take(): boolean {
    return this.left-- > 0;
  }
}

/** A report for a value outside a closed vocabulary, naming the nearest known values while the budget lasts. */
export function unknownValueReport(
  tag: Tag,
  vocabulary: Vocabulary<VocabEntry>,
  what: string,
  t: Localize,
  budget: SuggestionBudget,
): { report: Report; nearMiss: boolean } {
  const suggestions = budget.take() ? vocabulary.suggest(tag.value) : [];
  const nearest = suggestions[0]?.entry.canonical;
  const message = nearest
    ? t('"{0}" is not one of the platform\'s {1}. Did you mean "{2}"?', tag.value, what, nearest)
    : t('"{0}" is not one of the platform\'s {1}.', tag.value, what);
  return {
    report: {
      range: tag.valueRange,
      message,
      fixes:
        suggestions.length > 0
          ? suggestionFixes(tag.valueRange, suggestions, vocabulary.clearSuggestion(tag.value), t)
          : [],
    },
    nearMiss: suggestions.length > 0,
  };
}
