import { isExtraValue } from '../settings';
import { methodVocabulary } from '../vocab/methods';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';
import { SuggestionBudget } from './vocabularyCheck';

/**
 * Authors may name methods of their own (the archive has "experimentation", "data analysis"…): not an error,
 * but worth knowing, since the platform's filters only know its own list.
 */
export const customMethod: Rule = {
  id: 'LP016',
  name: 'custom-method',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment'],
  description: "A methods value is not one of the platform's methods and is close to none of them.",
  check({ doc, settings, t, report }) {
    const budget = new SuggestionBudget();
    for (const tag of tagsWithKey(doc, 'methods')) {
      if (tag.value === '' || methodVocabulary.lookup(tag.value)) continue;
      if (isExtraValue(settings, 'methods', tag.value)) continue;
      // Counted as the misspelling rule counts: past its budget, a value is not looked up and is reported here.
      if (budget.take() && methodVocabulary.suggest(tag.value).length > 0) continue;
      report({
        range: tag.valueRange,
        message: t(
          '"{0}" is not one of the platform\'s methods; the platform\'s filters will not find it.',
          tag.value,
        ),
      });
    }
  },
};
