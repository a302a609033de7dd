import type { Rule } from './types';

export const tagEmptyValue: Rule = {
  id: 'LP002',
  name: 'tag-empty-value',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A tag has a key but no value.',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      if (tag.value === '') report({ range: tag.range, message: t('The tag `{0}` has no value.', tag.key) });
    }
  },
};
