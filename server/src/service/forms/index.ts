import type { FormId } from '../model';
import { fold } from '../vocab/normalize';
import { CLOSING_FRONTIER_FORM, CLOSING_LEARNING_FORM } from './closingForm';
import { EXPERIMENT_FORM } from './experimentForm';
import { OLDER_EXPERIMENT_FORM } from './olderExperimentForm';
import { PLAN_FORM } from './learningPlan';
import { SOLUTION_FORM, TOOLKIT_FORM } from './otherForms';
import type { FormDefinition, FormLookup, FormQuestion, FormSection, FormSpec } from './types';

export type { FormDefinition, FormQuestion, FormSection, FormSpec, AnswerKind } from './types';

/** A form ready to read documents against: its headings and prompts looked up by their folded spellings. */
export function defineForm(spec: FormSpec): FormDefinition {
  let lookup: FormLookup | undefined;
  // Folded on first use: a run that reads no document of this form does not pay for its prompts.
  return {
    ...spec,
    get lookup() {
      return (lookup ??= lookupOf(spec));
    },
  };
}

function lookupOf(spec: FormSpec): FormLookup {
  const questions = new Map<string, { section: FormSection; question: FormQuestion }>();
  const sections = new Map<string, FormSection>();
  for (const section of spec.sections) {
    for (const name of [section.heading, ...(section.localized ?? [])])
      if (!sections.has(fold(name))) sections.set(fold(name), section);
    for (const question of section.questions) {
      for (const wording of [question.prompt, ...(question.variants ?? [])]) {
        if (!questions.has(fold(wording))) questions.set(fold(wording), { section, question });
      }
    }
  }
  return { questions, sections };
}

/** Every form; the first of each id is its current edition, the one new documents use. */
export const FORMS: readonly FormDefinition[] = [
  PLAN_FORM,
  CLOSING_LEARNING_FORM,
  CLOSING_FRONTIER_FORM,
  EXPERIMENT_FORM,
  OLDER_EXPERIMENT_FORM,
  SOLUTION_FORM,
  TOOLKIT_FORM,
].map(defineForm);

/** A form by id, and by variant when the form has editions (the current edition without one). */
export function formById(id: FormId | null, variant?: string | null): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id && (!variant || form.variant === variant));
}

/** The form's question a prompt asks, by its wording or one of the platform's variant wordings. */
export function questionForPrompt(
  form: FormDefinition,
  prompt: string,
): { section: FormSection; question: FormQuestion } | undefined {
  return form.lookup.questions.get(fold(prompt));
}

/** The form's section a heading names, in any of its languages, ignoring case, accents and trailing dots. */
export function sectionForHeading(form: FormDefinition, heading: string): FormSection | undefined {
  const key = fold(heading);
  if (key === '') return undefined;
  const sections = form.lookup.sections;
  return sections.get(key) ?? sectionByPrefix(sections, key);
}

/**
 * A heading that adds words to a section's ("Value proposition for the government/other partner and SDG
 * alignment."): the longest section heading, of two words at least, that it starts with.
 */
function sectionByPrefix(sections: ReadonlyMap<string, FormSection>, key: string): FormSection | undefined {
  const words = key.split(' ');
  for (let count = words.length - 1; count >= 2; count--) {
    const section = sections.get(words.slice(0, count).join(' '));
    if (section) return section;
  }
  return undefined;
}

/** How many of the headings name a section of the form. */
export function headingMatches(form: FormDefinition, headings: readonly string[]): number {
  return headings.filter((heading) => sectionForHeading(form, heading) !== undefined).length;
}
