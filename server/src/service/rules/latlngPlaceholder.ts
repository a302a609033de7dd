import { parseLatLng } from '../geo/latlng';
import { isNearNullIsland } from '../geo/pairs';
import { isPlaceholderCountry } from '../vocab/countries';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const latlngPlaceholder: Rule = {
  id: 'LP022',
  name: 'latlng-placeholder',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The location is the placeholder 0,0 ("Null Island"), not a real place.',
  check({ doc, t, report }) {
    for (const tag of tagsWithKey(doc, 'latlng')) {
      const point = parseLatLng(tag.value);
      if (point && isNearNullIsland(point)) {
        report({
          range: tag.valueRange,
          message: t(
            '{0} is the placeholder location 0,0 in the Gulf of Guinea: give the real location.',
            tag.value,
          ),
        });
      }
    }
    for (const tag of tagsWithKey(doc, 'country')) {
      if (isPlaceholderCountry(tag.value)) {
        report({
          range: tag.valueRange,
          message: t(
            '"{0}" is what the platform calls the location 0,0: name the real country.',
            tag.value.trim(),
          ),
        });
      }
    }
  },
};
