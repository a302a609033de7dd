import type { ParsedDocument } from '../model';
import { formOf, questionForPrompt } from './index';
import { sectionsOf } from './sections';
import type { FormDefinition, FormQuestion, FormSection } from './types';

export interface FormMatch {
  form: FormDefinition;
  /** For each section of the document, the form's section it is (undefined for a heading the form lacks). */
  sections: (FormSection | undefined)[];
  /** For each question of the document, the form's question it asks (undefined for a prompt the form lacks). */
  questions: ({ section: FormSection; question: FormQuestion } | undefined)[];
}

const cache = new WeakMap<ParsedDocument, FormMatch | null>();

/** The document read against its form: which section and question each of its own is. Computed once per document. */
export function matchForm(doc: ParsedDocument): FormMatch | undefined {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  const form = formOf(doc);
  const match = form
    ? {
        form,
        sections: sectionsOf(doc, form),
        questions: doc.questions.map((question) => questionForPrompt(form, question.prompt)),
      }
    : null;
  cache.set(doc, match);
  return match ?? undefined;
}

/** The document's questions that ask the form's question of this id, with the form's question. */
export function questionsWithId(
  doc: ParsedDocument,
  id: string,
): { question: ParsedDocument['questions'][number]; formQuestion: FormQuestion }[] {
  const match = matchForm(doc);
  if (!match) return [];
  return doc.questions.flatMap((question, index) => {
    const found = match.questions[index];
    return found && found.question.id === id ? [{ question, formQuestion: found.question }] : [];
  });
}
