import type { Rule } from './types';

export const tagOutsideHeader: Rule = {
  id: 'LP006',
  name: 'tag-outside-header',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description:
    'A tag line stands among the sections; the platform reads tags only in the block below the title.',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      if (!tag.inHeader)
        report({
          range: tag.range,
          message: t('Tags belong in the block below the title: move `{0}` up there.', tag.key),
        });
    }
  },
};
