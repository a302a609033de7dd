import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const typeValue: Rule = {
  id: 'LP032',
  name: 'type-value',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The type tag misspells learningplan, experiment or solution.',
  check({ doc, t, report }) {
    for (const tag of tagsWithKey(doc, 'type')) {
      if (tag.value === doc.kind) continue;
      report({
        range: tag.valueRange,
        message: t('The type "{0}" is written "{1}" on the platform.', tag.value, doc.kind),
        fixes: [
          {
            title: t('Change to "{0}"', doc.kind),
            edits: [{ range: tag.valueRange, newText: doc.kind }],
            preferred: true,
          },
        ],
      });
    }
  },
};
