import { questionLabel } from '../forms/questionLabel';
import { isTemplateAddress } from '../vocab/platformFields';
import { tagsWithKey } from './anchors';
import type { Rule } from './types';

export const placeholderAnswer: Rule = {
  id: 'LP057',
  name: 'placeholder-answer',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'An answer is a placeholder (TBD, xxx, N/A where the question applies), not an answer yet.',
  check({ doc, statuses, t, report }) {
    doc.questions.forEach((question, index) => {
      if (statuses[index] !== 'placeholder' || !question.answer) return;
      report({
        range: question.answer.range,
        message: t(
          'The answer to "{0}" is a placeholder ("{1}"), not an answer yet.',
          questionLabel(question.prompt),
          question.answer.text.trim(),
        ),
      });
    });
    for (const tag of tagsWithKey(doc, 'focal_point')) {
      if (!isTemplateAddress(tag.value)) continue;
      report({
        range: tag.valueRange,
        message: t("{0} is the template's placeholder: give the focal point's own address.", tag.value),
      });
    }
  },
};
