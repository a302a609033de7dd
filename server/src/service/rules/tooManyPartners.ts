import { questionsWithId } from '../forms/match';
import type { Rule } from './types';

const MAX_PARTNERS = 5;

export const tooManyPartners: Rule = {
  id: 'LP052',
  name: 'too-many-partners',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: 'More partners are given than the top 5 the form asks for.',
  check({ doc, match, t, report }) {
    const names = questionsWithId(doc, match, 'partner-name');
    const extra = names[MAX_PARTNERS];
    if (!extra) return;
    report({
      range: extra.question.promptRange,
      message: t('{0} partners are given; the form asks for the top {1}.', names.length, MAX_PARTNERS),
    });
  },
};
