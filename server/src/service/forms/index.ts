import type { FormId } from '../model';
import { fold } from '../vocab/normalize';
import { CLOSING_FRONTIER_FORM, CLOSING_LEARNING_FORM } from './closingForm';
import { EXPERIMENT_FORM } from './experimentForm';
import { PLAN_FORM } from './learningPlan';
import { SOLUTION_FORM, TOOLKIT_FORM } from './otherForms';
import type { FormDefinition, FormQuestion, FormSection } from './types';

export type { FormDefinition, FormQuestion, FormSection, AnswerKind } from './types';

/** Every form; the first of each id is its current edition, the one new documents use. */
export const FORMS: readonly FormDefinition[] = [
  PLAN_FORM,
  CLOSING_LEARNING_FORM,
  CLOSING_FRONTIER_FORM,
  EXPERIMENT_FORM,
  SOLUTION_FORM,
  TOOLKIT_FORM,
];

/** A form by id, and by variant when the form has editions (the current edition without one). */
export function formById(id: FormId | null, variant?: string | null): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id && (!variant || form.variant === variant));
}

/** The definition a parsed document follows: its form in its variant. */
export function formOf(doc: { form: FormId | null; variant: string | null }): FormDefinition | undefined {
  return formById(doc.form, doc.variant);
}

/** The form's question a prompt asks, by its wording or one of the platform's variant wordings. */
export function questionForPrompt(
  form: FormDefinition,
  prompt: string,
): { section: FormSection; question: FormQuestion } | undefined {
  const key = fold(prompt);
  for (const section of form.sections) {
    for (const question of section.questions) {
      if (fold(question.prompt) === key || (question.variants ?? []).some((wording) => fold(wording) === key))
        return { section, question };
    }
  }
  return undefined;
}

/** The form's section a heading names, in any of its languages, ignoring case, accents and trailing dots. */
export function sectionForHeading(form: FormDefinition, heading: string): FormSection | undefined {
  const key = fold(heading);
  if (key === '') return undefined;
  return form.sections.find(
    (section) =>
      fold(section.heading) === key || (section.localized ?? []).some((name) => fold(name) === key),
  );
}

/** How many of the headings name a section of the form. */
export function headingMatches(form: FormDefinition, headings: readonly string[]): number {
  return headings.filter((heading) => sectionForHeading(form, heading) !== undefined).length;
}
