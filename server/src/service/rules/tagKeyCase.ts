import { tagKey } from '../vocab/tagKeys';
import type { Rule } from './types';

export const tagKeyCase: Rule = {
  id: 'LP004',
  name: 'tag-key-case',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A tag key is written with capitals; the platform reads keys in lower case only.',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      const lower = tag.key.toLowerCase();
      if (tag.key === lower || !tagKey(lower)) continue;
      report({
        range: tag.keyRange,
        message: t('Tag keys are lower case: write `{0}`.', lower),
        fixes: [
          {
            title: t('Change to "{0}"', lower),
            edits: [{ range: tag.keyRange, newText: lower }],
            preferred: true,
          },
        ],
      });
    }
  },
};
