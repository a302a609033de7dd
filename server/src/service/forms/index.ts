import type { FormId } from '../model';
import { fold } from '../vocab/normalize';
import { CLOSING_FORM, PLAN_FORM } from './learningPlan';
import type { FormDefinition, FormSection } from './types';

export type { FormDefinition, FormQuestion, FormSection, AnswerKind } from './types';

export const FORMS: readonly FormDefinition[] = [PLAN_FORM, CLOSING_FORM];

export function formById(id: FormId | null): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id);
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
