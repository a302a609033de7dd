import type { Heading } from '../model';
import { headingPlace } from './related';
import type { Rule } from './types';

export const sectionOrder: Rule = {
  id: 'LP041',
  name: 'section-order',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'toolkit'],
  description: 'A section comes before one that the form puts ahead of it.',
  check({ doc, match, t, report }) {
    if (!match) return;
    let furthest = -1;
    let furthestHeading = '';
    let furthestPlace: Heading | null = null;
    match.sections.forEach((formSection, index) => {
      if (!formSection) return;
      const position = match.form.sections.indexOf(formSection);
      if (position < furthest) {
        const section = doc.sections[index]!;
        report({
          range: section.heading.range,
          message: t('The form puts "{0}" before "{1}".', formSection.heading, furthestHeading),
          ...(furthestPlace ? { related: [headingPlace(furthestPlace, t)] } : {}),
        });
      } else if (position > furthest) {
        furthest = position;
        furthestHeading = formSection.heading;
        furthestPlace = doc.sections[index]!.heading;
      }
    });
  },
};
