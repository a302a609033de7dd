import type { Tag } from '../model';
import { deleteLine } from './lineEdits';
import { tagPlace } from './related';
import type { Rule } from './types';

export const duplicateTag: Rule = {
  id: 'LP005',
  name: 'duplicate-tag',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The same tag, key and value, appears twice.',
  check({ doc, t, report }) {
    const seen = new Map<string, Tag>();
    for (const tag of doc.tags) {
      const key = `${tag.key.toLowerCase()}\u0000${tag.value}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, tag);
        continue;
      }
      const whole = doc.malformedTags.some((problem) => problem.line === tag.line)
        ? []
        : [deleteLine(doc, tag.line)];
      report({
        range: tag.range,
        message: t('This tag repeats line {0}.', first.line + 1),
        related: [tagPlace(first)],
        fixes: whole.length ? [{ title: t('Remove the repeated tag'), edits: whole, preferred: true }] : [],
      });
    }
  },
};
