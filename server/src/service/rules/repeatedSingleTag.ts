import { tagKey } from '../vocab/tagKeys';
import type { Tag } from '../model';
import { tagPlace } from './related';
import type { Rule } from './types';

/** Solutions may name several places, each a country line followed by its latlng. */
const MULTI_PLACE_KEYS: ReadonlySet<string> = new Set(['country', 'latlng']);

export const repeatedSingleTag: Rule = {
  id: 'LP007',
  name: 'repeated-single-tag',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description:
    'A key that takes one value (year, type, focal_point, country, latlng…) is given twice with different values.',
  check({ doc, t, report }) {
    const first = new Map<string, Tag>();
    for (const tag of doc.tags) {
      const key = tag.key.toLowerCase();
      const known = tagKey(key);
      if (!known || known.repeatable || (doc.kind === 'solution' && MULTI_PLACE_KEYS.has(key))) continue;
      const earlier = first.get(key);
      if (!earlier) first.set(key, tag);
      else if (earlier.value !== tag.value) {
        report({
          range: tag.range,
          message: t('`{0}` takes one value, and line {1} gives another: keep one.', key, earlier.line + 1),
          related: [tagPlace(earlier)],
        });
      }
    }
  },
};
