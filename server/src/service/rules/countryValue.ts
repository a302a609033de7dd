import { isExtraValue } from '../settings';
import { countryVocabulary, isPlaceholderCountry, resolveCountry } from '../vocab/countries';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';
import { SuggestionBudget, unknownValueReport } from './vocabularyCheck';

export const countryValue: Rule = {
  id: 'LP012',
  name: 'country-value',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A country value is not a country (or region) the platform knows.',
  check({ doc, settings, t, report }) {
    const budget = new SuggestionBudget();
    for (const tag of tagsWithKey(doc, 'country')) {
      if (tag.value === '' || resolveCountry(tag.value) || isPlaceholderCountry(tag.value)) continue;
      if (isExtraValue(settings, 'country', tag.value)) continue;
      report(unknownValueReport(tag, countryVocabulary, t('countries'), t, budget).report);
    }
  },
};
