import { fieldName, PLATFORM_FIELDS } from '../vocab/platformFields';
import { brokenTagKeys, documentAnchor, tagsWithKey } from './anchors';
import type { Rule } from './types';

export const requiredField: Rule = {
  id: 'LP018',
  name: 'required-field',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A field the platform requires (SDGs, thematic areas, methods, data sources) has no value.',
  check({ doc, form, t, report }) {
    if (!form) return;
    const broken = brokenTagKeys(doc);
    for (const field of PLATFORM_FIELDS) {
      if (!field.requiredOn.includes(form.id) || broken.has(field.key)) continue;
      const tags = tagsWithKey(doc, field.key);
      if (tags.some((tag) => tag.value !== '')) continue;
      // On the empty line left to fill, when there is one; else on the title.
      report({
        range: tags[0]?.range ?? documentAnchor(doc),
        message: t(
          'No {0}: the platform requires at least one (`[[{1}:…]]`).',
          fieldName(field.key, t),
          field.key,
        ),
      });
    }
  },
};
