import type { Rule } from './types';

export const emptySection: Rule = {
  id: 'LP043',
  name: 'empty-section',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'toolkit'],
  description: 'A section of the form has nothing in it: no questions, no text.',
  check({ doc, match, t, report }) {
    if (!match) return;
    doc.sections.forEach((section, index) => {
      const formSection = match.sections[index];
      if (!formSection || formSection.emptyByDesign) return;
      for (let line = section.heading.line + 1; line <= section.endLine; line++)
        if ((doc.lines[line] ?? '').trim() !== '') return;
      report({
        range: section.heading.range,
        message: t('The section "{0}" is empty.', section.heading.text),
      });
    });
  },
};
