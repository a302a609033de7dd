import { deleteLine } from './lineEdits';
import type { Rule } from './types';

export const emptyHeading: Rule = {
  id: 'LP046',
  name: 'empty-heading',
  // Information, not a warning: the platform's export writes an untitled section this way (`## ` then `****`) in
  // two experiments out of five and many solutions, so the author rarely put it there.
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution', 'toolkit'],
  description: 'A heading has no text (`## ` alone).',
  check({ doc, t, report }) {
    for (const heading of doc.headings) {
      if (heading.text.trim() !== '') continue;
      report({
        range: heading.range,
        message: t('This heading has no text.'),
        fixes: [
          { title: t('Remove the empty heading'), edits: [deleteLine(doc, heading.line)], preferred: true },
        ],
      });
    }
  },
};
