import { parseLatLng } from '../geo/latlng';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const latlngFormat: Rule = {
  id: 'LP020',
  name: 'latlng-format',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A latlng value is not two decimal numbers, "latitude,longitude".',
  check({ doc, t, report }) {
    for (const tag of tagsWithKey(doc, 'latlng')) {
      if (tag.value === '' || parseLatLng(tag.value)) continue;
      report({
        range: tag.valueRange,
        message: t(
          '`{0}` is not a location: write "latitude,longitude" in decimal degrees, e.g. -9.15,-74.38.',
          tag.value,
        ),
      });
    }
  },
};
