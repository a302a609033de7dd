import { fold } from '../vocab/normalize';
import { fieldName, PLATFORM_FIELDS } from '../vocab/platformFields';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const tooManyValues: Rule = {
  id: 'LP017',
  name: 'too-many-values',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'More SDGs or thematic areas are given than the 5 the platform takes.',
  check({ doc, t, report }) {
    for (const field of PLATFORM_FIELDS) {
      if (field.maxValues === undefined) continue;
      const seen = new Set<string>();
      const distinct = tagsWithKey(doc, field.key).filter((tag) => {
        const key = fold(tag.value);
        if (key === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const extra = distinct[field.maxValues];
      if (!extra) continue;
      report({
        range: extra.range,
        message: t(
          '{0} {1} are given; the platform takes at most {2}: keep the {2} that matter most.',
          distinct.length,
          fieldName(field.key, t),
          field.maxValues,
        ),
      });
    }
  },
};
