import { platformLength, TITLE_LIMIT } from '../vocab/platformFields';
import type { Rule } from './types';

export const titleLength: Rule = {
  id: 'LP048',
  name: 'title-length',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The title is too long for the platform, which cuts it at 99 characters.',
  check({ doc, t, report }) {
    const title = doc.title;
    if (!title) return;
    const length = platformLength(title.text);
    if (length < TITLE_LIMIT) return;
    // A title of exactly the limit that ends in "…" is one the platform has already cut.
    const cut = length === TITLE_LIMIT && title.text.endsWith('…');
    report({
      range: title.textRange,
      message: cut
        ? t('The platform cut this title at {0} characters: shorten it so that it reads whole.', TITLE_LIMIT)
        : t(
            'The title is {0} characters long; the platform keeps {1} and cuts the rest: shorten it.',
            length,
            TITLE_LIMIT - 1,
          ),
    });
  },
};
