import type { ParsedDocument, Question } from '../model';
import { questionForPrompt } from './index';
import { sectionsOf } from './sections';
import type { FormDefinition, FormQuestion, FormSection } from './types';

export interface FormMatch {
  form: FormDefinition;
  /** For each section of the document, the form's section it is (undefined for a heading the form lacks). */
  sections: (FormSection | undefined)[];
  /** For each question of the document, the form's question it asks (undefined for a prompt the form lacks). */
  questions: ({ section: FormSection; question: FormQuestion } | undefined)[];
}

/** The document read against a form: which of the form's sections and questions each of its own is. */
export function matchForm(doc: ParsedDocument, form: FormDefinition): FormMatch {
  return {
    form,
    sections: sectionsOf(doc, form),
    questions: doc.questions.map((question) => questionForPrompt(form, question.prompt)),
  };
}

/** The document's questions that ask the form's question of this id, with the form's question. */
export function questionsWithId(
  doc: ParsedDocument,
  match: FormMatch | null,
  id: string,
): { question: Question; formQuestion: FormQuestion }[] {
  if (!match) return [];
  return doc.questions.flatMap((question, index) => {
    const found = match.questions[index];
    return found && found.question.id === id ? [{ question, formQuestion: found.question }] : [];
  });
}
