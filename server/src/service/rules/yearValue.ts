import { tagsWithKey } from './anchors';
import type { Rule } from './types';

/** The Accelerator Labs network began in 2019; the archive holds nothing older. */
export const FIRST_YEAR = 2019;

export const yearValue: Rule = {
  id: 'LP030',
  name: 'year-value',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: `A year is not a four-digit year between ${FIRST_YEAR} and next year.`,
  check({ doc, settings, t, report }) {
    const last = settings.currentYear + 1;
    for (const tag of tagsWithKey(doc, 'year')) {
      if (tag.value === '') continue;
      const year = /^\d{4}$/.test(tag.value) ? Number(tag.value) : NaN;
      if (year >= FIRST_YEAR && year <= last) continue;
      report({
        range: tag.valueRange,
        message: t(
          '`{0}` is not a plausible year: write a year from {1} to {2}.',
          tag.value,
          FIRST_YEAR,
          last,
        ),
      });
    }
  },
};
