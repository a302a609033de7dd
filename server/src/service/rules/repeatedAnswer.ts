import { questionLabel } from '../forms/questionLabel';
import type { Question } from '../model';
import { fold } from '../vocab/normalize';
import { questionPlace } from './related';
import type { Rule } from './types';

/** Shorter answers ("Yes, with the municipality") may fairly answer two questions alike. */
const MIN_LENGTH = 100;

/** Questions that ask for links or files: the form asks for them at several stages, and the same ones may do. */
const LINKS = /\b(?:links?|upload|images?|pictures?|evidence)\b/i;

/**
 * Questions whose answers may fairly be the same: they ask nearly the same thing (a follow-up is often the scaling,
 * an experiment's learning intent its plan's learning question), or one restates the other (the tweet summarises).
 */
const ALIKE = new Set(
  [
    ['follow-up', 'scale'],
    ['learning-intent', 'learning-question'],
    ['challenge-statement', 'learning-question'],
    ['advice', 'obstacles'],
  ].map((pair) => pair.join('\u0000')),
);
const RESTATES = new Set(['tweet']);

function mayRepeat(first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  if (RESTATES.has(first) || RESTATES.has(second)) return true;
  return ALIKE.has([first, second].sort().join('\u0000'));
}

/** The answer's words, without links, case, accents and punctuation: a pasted copy reads the same. */
function signature(question: Question): string | null {
  const text = question.answer?.text;
  if (!text || LINKS.test(question.prompt)) return null;
  const words = fold(text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' '));
  return words.length >= MIN_LENGTH ? words : null;
}

export const repeatedAnswer: Rule = {
  id: 'LP058',
  name: 'repeated-answer',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The same long answer is pasted under two different questions.',
  check({ doc, match, t, report }) {
    const idOf = (question: Question) => match?.questions[doc.questions.indexOf(question)]?.question.id;
    const first = new Map<string, Question>();
    for (const question of doc.questions) {
      const key = signature(question);
      if (key === null) continue;
      const earlier = first.get(key);
      if (!earlier) first.set(key, question);
      else if (fold(earlier.prompt) !== fold(question.prompt) && !mayRepeat(idOf(earlier), idOf(question)))
        report({
          range: question.answer!.range,
          message: t(
            'This answer repeats the answer to "{0}" (line {1}): each question asks something else.',
            questionLabel(earlier.prompt),
            earlier.answer!.range.start.line + 1,
          ),
          related: [questionPlace(earlier, t)],
        });
    }
  },
};
