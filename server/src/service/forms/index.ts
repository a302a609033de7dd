import type { FormId } from '../model';
import { fold } from '../vocab/normalize';
import { CLOSING_FRONTIER_FORM, CLOSING_LEARNING_FORM } from './closingForm';
import { EXPERIMENT_FORM } from './experimentForm';
import { OLDER_EXPERIMENT_FORM } from './olderExperimentForm';
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
  OLDER_EXPERIMENT_FORM,
  SOLUTION_FORM,
  TOOLKIT_FORM,
];

/** A form by id, and by variant when the form has editions (the current edition without one). */
export function formById(id: FormId | null, variant?: string | null): FormDefinition | undefined {
  return FORMS.find((form) => form.id === id && (!variant || form.variant === variant));
}

/** The definition a parsed document follows: its form in its variant, a Lab's own edition included. */
export function formOf(doc: {
  form: FormId | null;
  variant: string | null;
  extraForms?: readonly FormDefinition[];
}): FormDefinition | undefined {
  const extra = doc.extraForms?.find((form) => form.id === doc.form && form.variant === doc.variant);
  return extra ?? formById(doc.form, doc.variant);
}

interface FormIndex {
  questions: Map<string, { section: FormSection; question: FormQuestion }>;
  sections: Map<string, FormSection>;
}

/** Each form's prompts and headings by their folded spelling, built once. */
const INDEXES = new WeakMap<FormDefinition, FormIndex>(FORMS.map((form) => [form, indexForm(form)]));

function indexForm(form: FormDefinition): FormIndex {
  const index: FormIndex = { questions: new Map(), sections: new Map() };
  for (const section of form.sections) {
    for (const name of [section.heading, ...(section.localized ?? [])])
      if (!index.sections.has(fold(name))) index.sections.set(fold(name), section);
    for (const question of section.questions) {
      for (const wording of [question.prompt, ...(question.variants ?? [])]) {
        if (!index.questions.has(fold(wording))) index.questions.set(fold(wording), { section, question });
      }
    }
  }
  return index;
}

function indexOf(form: FormDefinition): FormIndex {
  let index = INDEXES.get(form);
  if (!index) {
    index = indexForm(form);
    INDEXES.set(form, index);
  }
  return index;
}

/** The form's question a prompt asks, by its wording or one of the platform's variant wordings. */
export function questionForPrompt(
  form: FormDefinition,
  prompt: string,
): { section: FormSection; question: FormQuestion } | undefined {
  return indexOf(form).questions.get(fold(prompt));
}

/** The form's section a heading names, in any of its languages, ignoring case, accents and trailing dots. */
export function sectionForHeading(form: FormDefinition, heading: string): FormSection | undefined {
  const key = fold(heading);
  if (key === '') return undefined;
  const sections = indexOf(form).sections;
  return sections.get(key) ?? sectionByPrefix(sections, key);
}

/**
 * A heading that adds words to a section's ("Value proposition for the government/other partner and SDG
 * alignment."): the longest section heading, of two words at least, that it starts with.
 */
function sectionByPrefix(sections: Map<string, FormSection>, key: string): FormSection | undefined {
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
