import type { FormSection } from '../forms/types';
import type { Heading } from '../model';
import { headingPlace } from './related';
import type { Rule } from './types';

export const repeatedSection: Rule = {
  id: 'LP047',
  name: 'repeated-section',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'toolkit'],
  description:
    'A section the form has once appears twice (only Learning questions repeats, once per learning question).',
  check({ doc, match, t, report }) {
    if (!match) return;
    const seen = new Map<FormSection, Heading>();
    match.sections.forEach((formSection, index) => {
      if (!formSection || formSection.repeatable) return;
      const heading = doc.sections[index]!.heading;
      const first = seen.get(formSection);
      if (first === undefined) seen.set(formSection, heading);
      else
        report({
          range: heading.range,
          message: t('The section "{0}" already appears on line {1}.', formSection.heading, first.line + 1),
          related: [headingPlace(first, t)],
        });
    });
  },
};
