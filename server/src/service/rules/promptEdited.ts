import { matchForm } from '../forms/match';
import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';
import type { Rule } from './types';

/** Short prompts ("Sense") are left alone: with few letters, similar is not the same question. */
const MIN_LENGTH = 20;

export const promptEdited: Rule = {
  id: 'LP044',
  name: 'prompt-edited',
  defaultSeverity: 'hint',
  kinds: ['learningplan', 'experiment'],
  description: "A question's prompt differs from the form's wording, which the platform matches answers by.",
  check({ doc, t, report }) {
    const match = matchForm(doc);
    if (!match) return;
    doc.questions.forEach((question, index) => {
      if (match.questions[index] || question.prompt.length < MIN_LENGTH) return;
      const formSection = match.sections[question.section];
      if (!formSection) return;
      const key = fold(question.prompt);
      const nearest = formSection.questions
        .map((candidate) => ({ candidate, score: similarity(key, fold(candidate.prompt)) }))
        .sort((a, b) => b.score - a.score)[0];
      if (!nearest || nearest.score < 0.85) return;
      report({
        range: question.promptRange,
        message: t('This prompt differs from the form\'s: "{0}"', nearest.candidate.prompt),
        fixes: [
          {
            title: t("Restore the form's wording"),
            edits: [{ range: question.promptRange, newText: `> ${nearest.candidate.prompt}` }],
          },
        ],
      });
    });
  },
};
