import { toolkitVocabulary } from '../vocab/toolkit';
import type { Rule } from './types';
import { SuggestionBudget, suggestionFixes } from './vocabularyCheck';

export const frontMatterValue: Rule = {
  id: 'LP062',
  name: 'front-matter-value',
  defaultSeverity: 'warning',
  kinds: ['toolkit'],
  description:
    "A value in a toolkit card's signature_solutions, enablers, rblac_priorities or sdg list is not one of the toolkit's.",
  check({ doc, t, report }) {
    for (const entry of doc.frontMatter?.entries ?? []) {
      const vocabulary = toolkitVocabulary(entry.key);
      if (!vocabulary) continue;
      const budget = new SuggestionBudget();
      for (const item of entry.items ?? []) {
        if (item.value === '' || vocabulary.lookup(item.value)) continue;
        const suggestions = budget.take() ? vocabulary.suggest(item.value) : [];
        const nearest = suggestions[0]?.entry.canonical;
        report({
          range: item.range,
          message: nearest
            ? t('"{0}" is not one of the toolkit\'s {1}. Did you mean "{2}"?', item.value, entry.key, nearest)
            : t('"{0}" is not one of the toolkit\'s {1}.', item.value, entry.key),
          fixes:
            suggestions.length > 0
              ? suggestionFixes(item.range, suggestions, vocabulary.clearSuggestion(item.value), t)
              : [],
        });
      }
    }
  },
};
