import { questionLabel } from '../forms/questionLabel';
import { decodeEntities } from '../text/entities';
import type { Rule } from './types';

export const answerLength: Rule = {
  id: 'LP050',
  name: 'tweet-length',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: 'The "tweet" summary is longer than the 280 characters the form asks for.',
  check({ doc, match, t, report }) {
    if (!match) return;
    doc.questions.forEach((question, index) => {
      const limit = match.questions[index]?.question.limit?.characters;
      const answer = question.answer;
      if (limit === undefined || !answer) return;
      // Characters as a reader counts them: one per code point, line breaks read as spaces, `&amp;` as "&".
      const length = [...decodeEntities(answer.text).replace(/\s+/g, ' ').trim()].length;
      if (length <= limit) return;
      report({
        range: answer.range,
        message: t(
          'The answer to "{0}" is {1} characters long; the form asks for at most {2}.',
          questionLabel(question.prompt),
          length,
          limit,
        ),
      });
    });
  },
};
