import type { Question } from '../model';
import { questionPlace } from './related';
import type { Rule } from './types';

const PERCENT = /(-?\d+(?:[.,]\d+)?)\s*%?/;

export const learningCycleTotal: Rule = {
  id: 'LP053',
  name: 'learning-cycle-total',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description:
    "The shares of time per learning-cycle stage (Sense, Explore, Test, Grow) don't add up to 100%.",
  check({ doc, match, t, report }) {
    if (!match) return;
    let total = 0;
    let given = 0;
    let anchor = null;
    const shares: Question[] = [];
    doc.questions.forEach((question, index) => {
      const formQuestion = match.questions[index]?.question;
      if (!formQuestion?.percent) return;
      anchor ??= question.promptRange;
      const number = question.answer ? PERCENT.exec(question.answer.text) : null;
      if (!number?.[1]) return;
      given++;
      shares.push(question);
      total += Number(number[1].replace(',', '.'));
    });
    if (given === 0 || !anchor || Math.abs(total - 100) < 0.5) return;
    report({
      range: anchor,
      message: t('The shares of time add up to {0}%; the form asks for 100%.', Math.round(total * 10) / 10),
      related: shares.map((question) => questionPlace(question, t)),
    });
  },
};
