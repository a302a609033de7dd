import type { Answer } from '../model';
import type { FormQuestion } from './types';

/** What an answer holds: words, nothing (blank, a dash, an empty checklist), or a placeholder for words. */
export type AnswerContent = 'words' | 'nothing' | 'placeholder';

/** Written where an answer is still to come: to be determined, the template's address, filler letters. */
const TO_COME =
  /^(?:tbd|tbc|tba|to be (?:determined|confirmed|defined|added)|x{2,}|name@undp\.org|lorem ipsum.*)$/i;
/** Longer than any placeholder but filler text, even with the list marker and emphasis marks around it. */
const LONGEST_PLACEHOLDER = 64;
/** "Not applicable": a fair answer where the question may not apply, a placeholder where it always does. */
const NOT_APPLICABLE = /^(?:n\.?\s?\/?\s?a\.?|not applicable)$/i;

/** The answer's text as one trimmed line, without emphasis marks or a leading list marker. */
function plainText(answer: Answer): string {
  return answer.text
    .replace(/\s+/g, ' ')
    .replace(/^\s*[-*•]\s+/, '')
    .replace(/[*_`]/g, '')
    .trim();
}

/** Whether an answer says something, says nothing, or holds a placeholder, for the question it answers. */
export function answerContent(answer: Answer | null, question?: FormQuestion): AnswerContent {
  if (!answer) return 'nothing';
  // Placeholders are short: a long answer is words, unless it is filler text or holds none.
  if (answer.text.length > LONGEST_PLACEHOLDER) {
    if (/^\W*lorem ipsum/i.test(answer.text)) return 'placeholder';
    return /[\p{L}\p{N}]/u.test(answer.text) ? 'words' : 'nothing';
  }
  const text = plainText(answer);
  // No letter and no digit: a dash, dots, an empty checklist (`- `) or an empty bold lead (`****`).
  if (!/[\p{L}\p{N}]/u.test(text)) return 'nothing';
  if (TO_COME.test(text)) return 'placeholder';
  if (NOT_APPLICABLE.test(text) && !mayNotApply(question)) return 'placeholder';
  return 'words';
}

/**
 * Questions where "N/A" is an answer: those the form makes optional or marks as possibly not applying, and those it
 * does not know (a solution's campaign questions), which may not apply either.
 */
function mayNotApply(question: FormQuestion | undefined): boolean {
  return question === undefined || question.optional === true || question.mayNotApply === true;
}
