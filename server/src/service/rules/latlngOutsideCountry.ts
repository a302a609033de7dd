import { countryAt, distanceToCountryKm, isInsideCountry } from '../geo/borders';
import { isNearNullIsland, swapped } from '../geo/pairs';
import { tagPlace } from './related';
import type { Rule } from './types';

export const latlngOutsideCountry: Rule = {
  id: 'LP024',
  name: 'latlng-outside-country',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The location lies outside the named country (beyond 30 km of its borders).',
  check({ pairs, t, report }) {
    for (const pair of pairs) {
      if (isNearNullIsland(pair.point) || isInsideCountry(pair.country, pair.point) !== false) continue;
      const other = swapped(pair.point);
      if (other && isInsideCountry(pair.country, other) === true) continue;
      const distance = Math.round(distanceToCountryKm(pair.country, pair.point) ?? 0);
      const actual = countryAt(pair.point);
      const message = actual
        ? t(
            '{0} lies in {1}, {2} km outside {3}.',
            pair.latlngTag.value,
            actual.canonical,
            distance,
            pair.country.canonical,
          )
        : t('{0} lies {1} km outside {2}.', pair.latlngTag.value, distance, pair.country.canonical);
      report({ range: pair.latlngTag.valueRange, message, related: [tagPlace(pair.countryTag)] });
    }
  },
};
