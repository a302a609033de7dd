import { isExtraValue } from '../settings';
import { enumVocabulary } from '../vocab/enums';
import type { Rule } from './types';
import { SuggestionBudget, unknownValueReport } from './vocabularyCheck';

export const enumValue: Rule = {
  id: 'LP013',
  name: 'enum-value',
  defaultSeverity: 'warning',
  kinds: ['experiment', 'solution'],
  description:
    "A closed-list value (an experiment's status, type, sample size… or a solution's gender) is not one of the form's answers.",
  check({ doc, settings, t, report }) {
    const budgets = new Map<string, SuggestionBudget>();
    for (const tag of doc.tags) {
      const key = tag.key.toLowerCase();
      const vocabulary = enumVocabulary(key);
      if (
        !vocabulary ||
        tag.value === '' ||
        vocabulary.lookup(tag.value) ||
        isExtraValue(settings, key, tag.value)
      )
        continue;
      const budget = budgets.get(key) ?? new SuggestionBudget();
      budgets.set(key, budget);
      report(unknownValueReport(tag, vocabulary, t('answers to {0}', key), t, budget).report);
    }
  },
};
