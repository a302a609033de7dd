import { parseLatLng } from '../geo/latlng';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const latlngRange: Rule = {
  id: 'LP021',
  name: 'latlng-range',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A latitude is outside -90…90 or a longitude outside -180…180.',
  check({ doc, t, report }) {
    for (const tag of tagsWithKey(doc, 'latlng')) {
      const point = parseLatLng(tag.value);
      if (!point) continue;
      if (Math.abs(point.lat) > 90) {
        report({ range: tag.valueRange, message: t('Latitude {0} is outside -90…90.', point.lat) });
      } else if (Math.abs(point.lng) > 180) {
        report({ range: tag.valueRange, message: t('Longitude {0} is outside -180…180.', point.lng) });
      }
    }
  },
};
