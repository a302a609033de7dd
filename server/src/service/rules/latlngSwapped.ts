import { isInsideCountry } from '../geo/borders';
import { swapped } from '../geo/pairs';
import type { Rule } from './types';

export const latlngSwapped: Rule = {
  id: 'LP023',
  name: 'latlng-swapped',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description:
    'Latitude and longitude are the wrong way round: swapped, the point falls in the named country.',
  check({ pairs, t, report }) {
    for (const pair of pairs) {
      const other = swapped(pair.point);
      if (
        !other ||
        isInsideCountry(pair.country, pair.point) !== false ||
        isInsideCountry(pair.country, other) !== true
      )
        continue;
      const [lat = '', lng = ''] = pair.latlngTag.value.split(',').map((part) => part.trim());
      report({
        range: pair.latlngTag.valueRange,
        message: t(
          'Latitude and longitude look swapped: {0},{1} lies in {2}.',
          lng,
          lat,
          pair.country.canonical,
        ),
        fixes: [
          {
            title: t('Swap latitude and longitude'),
            edits: [{ range: pair.latlngTag.valueRange, newText: `${lng},${lat}` }],
            preferred: true,
          },
        ],
      });
    }
  },
};
