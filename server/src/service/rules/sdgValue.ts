import { isExtraValue } from '../settings';
import { sdgVocabulary } from '../vocab/sdgs';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';
import { SuggestionBudget, unknownValueReport } from './vocabularyCheck';

export const sdgValue: Rule = {
  id: 'LP010',
  name: 'sdg-value',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'An sdgs value names none of the 17 Sustainable Development Goals.',
  check({ doc, settings, t, report }) {
    const budget = new SuggestionBudget();
    for (const tag of tagsWithKey(doc, 'sdgs')) {
      if (tag.value === '' || sdgVocabulary.lookup(tag.value)) continue;
      if (isExtraValue(settings, 'sdgs', tag.value)) continue;
      report(unknownValueReport(tag, sdgVocabulary, t('Sustainable Development Goals'), t, budget).report);
    }
  },
};
