import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';
import type { Rule } from './types';

export const unknownSection: Rule = {
  id: 'LP042',
  name: 'unknown-section',
  defaultSeverity: 'hint',
  kinds: ['learningplan', 'experiment', 'toolkit'],
  description: "A heading is none of the form's sections (in English, French, Spanish or Portuguese).",
  check({ doc, match, t, report }) {
    if (!match || match.form.sections.length === 0) return;
    match.sections.forEach((formSection, index) => {
      const heading = doc.sections[index]!.heading;
      if (formSection || heading.text.trim() === '') return;
      const nearest = match.form.sections
        .map((section) => ({ section, score: similarity(fold(heading.text), fold(section.heading)) }))
        .sort((a, b) => b.score - a.score)[0];
      const near = nearest && nearest.score >= 0.75 ? nearest.section.heading : undefined;
      report({
        range: heading.textRange,
        message: near
          ? t(
              '"{0}" is not a section of the {1}. Did you mean "{2}"?',
              heading.text,
              t(match.form.label),
              near,
            )
          : t('"{0}" is not a section of the {1}.', heading.text, t(match.form.label)),
        fixes: near
          ? [{ title: t('Change to "{0}"', near), edits: [{ range: heading.textRange, newText: near }] }]
          : [],
      });
    });
  },
};
