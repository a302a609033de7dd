import { tagsWithKey } from './anchors';
import type { Rule } from './types';

const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\].]+$/;

export const focalPointEmail: Rule = {
  id: 'LP031',
  name: 'focal-point-email',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The focal point is not an e-mail address.',
  check({ doc, t, report }) {
    for (const tag of tagsWithKey(doc, 'focal_point')) {
      if (tag.value === '' || EMAIL.test(tag.value)) continue;
      report({
        range: tag.valueRange,
        message: t('The focal point `{0}` is not an e-mail address (name@undp.org).', tag.value),
      });
    }
  },
};
