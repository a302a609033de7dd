import { isRequiredField } from '../vocab/platformFields';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const tagEmptyValue: Rule = {
  id: 'LP002',
  name: 'tag-empty-value',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A tag has a key but no value.',
  check({ doc, form, t, report }) {
    for (const tag of doc.tags) {
      if (tag.value !== '') continue;
      // A field the platform requires, left empty to fill (as a new document writes it): LP018 asks for it.
      const key = tag.key.toLowerCase();
      const filled = tagsWithKey(doc, key).some((other) => other.value !== '');
      if (form && isRequiredField(key, form.id) && !filled) continue;
      report({ range: tag.range, message: t('The tag `{0}` has no value.', tag.key) });
    }
  },
};
