import { isExtraValue } from '../settings';
import { methodVocabulary } from '../vocab/methods';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';
import { SuggestionBudget, unknownValueReport } from './vocabularyCheck';

export const methodValue: Rule = {
  id: 'LP011',
  name: 'method-value',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment'],
  description: "A methods value is a near miss of one of the platform's methods (a misspelling).",
  check({ doc, settings, t, report }) {
    const budget = new SuggestionBudget();
    for (const tag of tagsWithKey(doc, 'methods')) {
      if (tag.value === '' || methodVocabulary.lookup(tag.value)) continue;
      if (isExtraValue(settings, 'methods', tag.value)) continue;
      const result = unknownValueReport(tag, methodVocabulary, t('methods'), t, budget);
      if (result.nearMiss) report(result.report);
    }
  },
};
