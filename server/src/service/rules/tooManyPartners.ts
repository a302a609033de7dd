import { questionsWithId } from '../forms/match';
import { questionLabel } from '../forms/questionLabel';
import { questionPlace } from './related';
import type { Rule } from './types';

export const tooManyPartners: Rule = {
  id: 'LP052',
  name: 'too-many-partners',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: 'More partners are given than the top 5 the form asks for.',
  check({ doc, match, statuses, t, report }) {
    // The plan form asks for a top 5; the closing form asks for every partner worked with, without a limit.
    const header = match?.form.sections
      .flatMap((section) => section.questions)
      .find((question) => question.answer === 'header' && question.limit?.items !== undefined);
    const limit = header?.limit?.items;
    if (!header || limit === undefined) return;
    // A partner slot left empty from the template is no partner.
    const names = questionsWithId(doc, match, 'partner-name').filter(
      ({ question }) => statuses[doc.questions.indexOf(question)] !== 'spare',
    );
    const extra = names[limit];
    if (!extra) return;
    report({
      range: extra.question.promptRange,
      message: t(
        '{0} partners are given; "{1}" asks for the top {2}.',
        names.length,
        questionLabel(header.prompt),
        limit,
      ),
      related: questionsWithId(doc, match, header.id).map(({ question }) => questionPlace(question, t)),
    });
  },
};
