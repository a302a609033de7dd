import { questionsWithId } from '../forms/match';
import { questionLabel } from '../forms/questionLabel';
import { countItems } from './answerItems';
import type { Rule } from './types';

export const tooManyInsights: Rule = {
  id: 'LP051',
  name: 'too-many-insights',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: 'The answer lists more key insights than the five the closing form asks for.',
  check({ doc, match, t, report }) {
    for (const { question, formQuestion } of questionsWithId(doc, match, 'key-insights')) {
      const limit = formQuestion.limit?.items;
      const count = question.answer ? countItems(question.answer.text) : null;
      if (limit === undefined || count === null || count <= limit || !question.answer) continue;
      report({
        range: question.answer.range,
        message: t(
          'The answer to "{0}" lists {1} key insights; the form asks for at most {2}.',
          questionLabel(question.prompt),
          count,
          limit,
        ),
      });
    }
  },
};
