import { expectsAnswer } from '../forms/completeness';
import type { Rule } from './types';

export const unansweredQuestion: Rule = {
  id: 'LP045',
  name: 'unanswered-question',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A question of the form has no answer yet.',
  check({ doc, match, t, report }) {
    doc.questions.forEach((question, index) => {
      if (question.answer !== null || !expectsAnswer(match, index)) return;
      report({ range: question.promptRange, message: t('This question has no answer yet.') });
    });
  },
};
