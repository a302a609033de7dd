import type { FormSection } from '../forms/types';
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
    const seen = new Map<FormSection, number>();
    match.sections.forEach((formSection, index) => {
      if (!formSection || formSection.repeatable) return;
      const heading = doc.sections[index]!.heading;
      const first = seen.get(formSection);
      if (first === undefined) seen.set(formSection, heading.line);
      else
        report({
          range: heading.range,
          message: t('The section "{0}" already appears on line {1}.', formSection.heading, first + 1),
        });
    });
  },
};
