import type { ParsedDocument } from '../model';
import { answerContent } from './answers';
import type { FormMatch } from './match';

/** Where a question of the document stands, for completeness, the preview, readiness and the rules. */
export type QuestionStatus =
  /** Answered in words. */
  | 'answered'
  /** A question to answer, with no answer: blank, a dash, an empty checklist. */
  | 'unanswered'
  /** A question to answer whose answer is a placeholder (TBD, N/A where the question always applies). */
  | 'placeholder'
  /** Optional, and left empty (or "N/A"). */
  | 'optional'
  /** The platform's export never writes its answer, and it has none here. */
  | 'not-exported'
  /** Not a question: a header answered by the groups after it, or a message of the form. */
  | 'not-a-question'
  /** A repeated group left empty from the template (a sixth partner slot), beside groups that are filled. */
  | 'spare';

/** The status of each question of the document, in order. */
export function questionStatuses(doc: ParsedDocument, match: FormMatch | null): QuestionStatus[] {
  const asksQuestions = match?.form.sections.some((section) => section.questions.length > 0) ?? false;
  const statuses = doc.questions.map((question, index): QuestionStatus => {
    const formQuestion = match?.questions[index]?.question;
    if (formQuestion?.answer === 'header' || formQuestion?.answer === 'message') return 'not-a-question';
    const content = answerContent(question.answer, formQuestion);
    if (content === 'words') return 'answered';
    if (content === 'placeholder') return 'placeholder';
    if (formQuestion?.notExported) return 'not-exported';
    // A dash under a question that may not apply ("links to a blog: -") says "none".
    if (formQuestion?.optional || (formQuestion?.mayNotApply && question.answer !== null)) return 'optional';
    // A quote the form does not ask, with nothing under it, is the author's text rather than a question.
    return !formQuestion && asksQuestions ? 'not-a-question' : 'unanswered';
  });
  if (match) markSpareSlots(doc, match, statuses);
  return statuses;
}

/** Statuses that count as a question to answer, answered or not. */
export function countsForCompleteness(status: QuestionStatus): boolean {
  return status === 'answered' || status === 'unanswered' || status === 'placeholder';
}

/**
 * Partners come in slots, each opened by a "name of the partner" question. The template offers more slots than
 * most plans fill: an empty slot beside filled ones is a partner not given, not a question left unanswered.
 */
function markSpareSlots(doc: ParsedDocument, match: FormMatch, statuses: QuestionStatus[]): void {
  for (const section of doc.sections) {
    const slots = partnerSlots(section.questions, match);
    const filled = slots.filter((slot) => slot.some((index) => statuses[index] === 'answered'));
    const empty = slots.filter((slot) => !filled.includes(slot));
    // With no partner at all, the first slot stays: its questions are the ones left to answer.
    for (const slot of filled.length > 0 ? empty : empty.slice(1))
      for (const index of slot) statuses[index] = 'spare';
  }
}

/** The section's questions grouped by partner: from one "name of the partner" question to the next. */
function partnerSlots(questionIndexes: readonly number[], match: FormMatch): number[][] {
  const slots: number[][] = [];
  for (const index of questionIndexes) {
    const id = match.questions[index]?.question.id;
    if (id === 'partner-name') slots.push([index]);
    else if (slots.length > 0 && id?.startsWith('partner-')) slots[slots.length - 1]!.push(index);
  }
  return slots;
}
