import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const countryLatlngPair: Rule = {
  id: 'LP008',
  name: 'country-latlng-pair',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A country has no latlng to go with it, or a latlng no country.',
  check({ doc, t, report }) {
    const countries = tagsWithKey(doc, 'country');
    const latlngs = tagsWithKey(doc, 'latlng');
    // A missing tag altogether is required-tag's to report on plans and experiments.
    if (doc.kind !== 'solution' && (countries.length === 0 || latlngs.length === 0)) return;
    for (const country of countries.slice(latlngs.length)) {
      report({
        range: country.range,
        message: t('The country "{0}" has no `[[latlng:…]]` after it.', country.value),
      });
    }
    for (const latlng of latlngs.slice(countries.length)) {
      report({
        range: latlng.range,
        message: t('The location {0} has no `[[country:…]]` before it.', latlng.value),
      });
    }
  },
};
