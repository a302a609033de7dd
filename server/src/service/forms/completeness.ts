import type { ParsedDocument } from '../model';
import type { FormMatch } from './match';
import { countsForCompleteness, type QuestionStatus } from './questionStatus';

export interface SectionCompleteness {
  heading: string;
  /** The heading's line, or -1 for a required section the document lacks. */
  line: number;
  answered: number;
  total: number;
  /** Line of the first question of the section without an answer, for "jump to what is left". */
  firstUnanswered: number | null;
}

export interface Completeness {
  answered: number;
  total: number;
  sections: SectionCompleteness[];
}

/**
 * How much of the form is answered. Questions answered by the groups after them, the form's own messages, optional
 * questions left empty, answers the export never writes and partner slots left empty beside filled ones do not
 * count; an optional question that is answered does. A placeholder (TBD, N/A where the question applies) is no answer.
 */
export function completeness(
  doc: ParsedDocument,
  match: FormMatch | null,
  statuses: readonly QuestionStatus[],
): Completeness {
  const result: Completeness = { answered: 0, total: 0, sections: [] };
  if (doc.kind === 'other') return result;
  const bySection = new Map<number, SectionCompleteness>();
  doc.questions.forEach((question, index) => {
    const status = statuses[index]!;
    if (!countsForCompleteness(status)) return;
    const section = doc.sections[question.section];
    let entry = bySection.get(question.section);
    if (!entry) {
      entry = {
        heading: section?.heading.text ?? '',
        line: section?.heading.line ?? question.line,
        answered: 0,
        total: 0,
        firstUnanswered: null,
      };
      bySection.set(question.section, entry);
      result.sections.push(entry);
    }
    entry.total++;
    result.total++;
    if (status === 'answered') {
      entry.answered++;
      result.answered++;
    } else if (entry.firstUnanswered === null) {
      entry.firstUnanswered = question.line;
    }
  });
  if (match) countSectionsWithoutQuestions(doc, match, result);
  if (match) countMissingSections(match, result);
  return result;
}

/** Sections the form asks to fill without prompts (a toolkit card's): answered when they hold any text. */
function countSectionsWithoutQuestions(doc: ParsedDocument, match: FormMatch, result: Completeness): void {
  doc.sections.forEach((section, index) => {
    const formSection = match.sections[index];
    if (!formSection || formSection.questions.length > 0 || formSection.emptyByDesign) return;
    let answered = false;
    for (let line = section.heading.line + 1; line <= section.endLine && !answered; line++)
      answered = (doc.lines[line] ?? '').trim() !== '';
    result.sections.push({
      heading: section.heading.text,
      line: section.heading.line,
      answered: answered ? 1 : 0,
      total: 1,
      firstUnanswered: answered ? null : section.heading.line,
    });
    result.total++;
    if (answered) result.answered++;
  });
}

/** A required section that is missing leaves all its questions unanswered. */
function countMissingSections(match: FormMatch, result: Completeness): void {
  for (const formSection of match.form.sections) {
    if (!formSection.required || formSection.emptyByDesign || match.sections.includes(formSection)) continue;
    const questions = formSection.questions.filter(
      (q) => q.answer !== 'header' && q.answer !== 'message' && !q.optional && !q.notExported,
    ).length;
    const total = Math.max(questions, formSection.questions.length === 0 ? 1 : 0);
    result.sections.push({
      heading: formSection.heading,
      line: -1,
      answered: 0,
      total,
      firstUnanswered: null,
    });
    result.total += total;
  }
}
