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

const URL = /\b(?:https?:\/\/|www\.)\S+/g;

/** The answer's words, without links, case, accents and punctuation: a pasted copy reads the same. */
function signature(text: string): string | null {
  const words = fold(text.replace(URL, ' '));
  return words.length >= MIN_LENGTH ? words : null;
}

/** How many letters and digits from each end make an answer's quick key. */
const KEY_ENDS = 24;

/**
 * A quick key that answers with the same signature share: the first and last letters and digits of the answer
 * without its links, folded as the signature folds them. Only answers that share it are compared word for word, so
 * a document's long answers are not all folded whole.
 */
function quickKey(text: string): string {
  const head = plainEnd(text.slice(0, END_SPAN), 'head');
  const tail = plainEnd(text.slice(-END_SPAN), 'tail');
  return `${endLetters(head, 0, 1)}\u0000${endLetters(tail, tail.length - 1, -1)}`;
}

/** How much of each end of an answer is read for its quick key: far more than its letters need. */
const END_SPAN = 400;

/**
 * One end of an answer, cut at a space (so that no link or entity is cut in two), without its links and with
 * `&amp;` read as `&`, as the signature reads the whole answer.
 */
function plainEnd(text: string, end: 'head' | 'tail'): string {
  const cut =
    end === 'head' ? text.slice(0, Math.max(0, text.lastIndexOf(' '))) : text.slice(text.indexOf(' ') + 1);
  const whole = text.length < END_SPAN ? text : cut;
  const linked = whole.includes('http') || whole.includes('www.') ? whole.replace(URL, ' ') : whole;
  return linked.includes('&amp;') ? linked.replace(/&amp;/g, '&') : linked;
}

function endLetters(text: string, from: number, step: 1 | -1): string {
  const letters: string[] = [];
  let count = 0;
  for (let index = from; index >= 0 && index < text.length && count < KEY_ENDS; index += step) {
    const folded = foldedChar(text.charCodeAt(index));
    if (folded === '') continue;
    letters.push(folded);
    count += folded.length;
  }
  return (step === 1 ? letters : letters.reverse()).join('');
}

/** Characters other than ASCII as folding leaves them, by code: few, and met again and again. */
const FOLDED = new Map<number, string>();

/** A character as folding leaves it: lower case, without accents, and nothing for spaces and punctuation. */
function foldedChar(code: number): string {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 38)
    return String.fromCharCode(code);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code < 0x80) return '';
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    folded = fold(String.fromCharCode(code)).replace(/ /g, '');
    FOLDED.set(code, folded);
  }
  return folded;
}

/** The long answers a document's questions have, each with its quick key; links and files asked for left out. */
function longAnswers(questions: readonly Question[]): { question: Question; key: string }[] {
  return questions.flatMap((question) => {
    const text = question.answer?.text;
    if (!text || text.length < MIN_LENGTH || LINKS.test(question.prompt)) return [];
    return [{ question, key: quickKey(text) }];
  });
}

export const repeatedAnswer: Rule = {
  id: 'LP058',
  name: 'repeated-answer',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The same long answer is pasted under two different questions.',
  check({ doc, match, t, report }) {
    const idOf = (question: Question) => match?.questions[doc.questions.indexOf(question)]?.question.id;
    const answers = longAnswers(doc.questions);
    const keys = new Map<string, number>();
    for (const { key } of answers) keys.set(key, (keys.get(key) ?? 0) + 1);
    const first = new Map<string, Question>();
    for (const { question, key: quick } of answers) {
      if (keys.get(quick)! < 2) continue;
      const key = signature(question.answer!.text);
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
