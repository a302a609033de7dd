import type { DocKind, FormId } from '../model';
import { fold } from '../vocab/normalize';
import { defineForm, formById, questionForPrompt, sectionForHeading } from './index';
import type { FormDefinition, FormQuestion, FormSection } from './types';

/** A Lab's edition of one of the platform's forms, as its configuration writes it. */
export interface EditionSpec {
  /** The platform form it is an edition of. */
  form: FormId;
  /** Its name, unique among the editions of that form. */
  edition: string;
  label?: string;
  sections: SectionSpec[];
}

export interface SectionSpec {
  heading: string;
  localized?: string[];
  required?: boolean;
  repeatable?: boolean;
  questions: QuestionSpec[];
}

export interface QuestionSpec {
  prompt: string;
  optional?: boolean;
  characters?: number;
  items?: number;
}

export const FORM_KINDS: Readonly<Record<FormId, DocKind>> = {
  plan: 'learningplan',
  closing: 'learningplan',
  experiment: 'experiment',
  solution: 'solution',
  toolkit: 'toolkit',
};

/**
 * The definition of a Lab's edition. Sections and questions that the platform's form has (same heading, same prompt)
 * keep what the tool knows of them — their checklist options, their limits, the rules that read them — so that an
 * edition that adds or removes a few questions loses nothing on the others.
 */
export function buildEdition(spec: EditionSpec): FormDefinition {
  const platform = formById(spec.form);
  const sections = spec.sections.map((section, index): FormSection => {
    const known = platform ? sectionForHeading(platform, section.heading) : undefined;
    return {
      id: known?.id ?? `section-${index + 1}-${slug(section.heading)}`,
      heading: section.heading,
      localized: [
        ...(section.localized ?? []),
        ...(known ? [known.heading, ...(known.localized ?? [])] : []),
      ],
      required: section.required ?? true,
      ...(section.repeatable ? { repeatable: true } : {}),
      questions: section.questions.map((question, number) =>
        buildQuestion(question, platform, `${known?.id ?? slug(section.heading)}-${number + 1}`),
      ),
    };
  });
  return defineForm({
    id: spec.form,
    variant: spec.edition,
    kind: FORM_KINDS[spec.form],
    label: spec.label ?? `${platform?.label ?? spec.form} (${spec.edition})`,
    headingLevel: platform?.headingLevel ?? 2,
    sections,
  });
}

function buildQuestion(spec: QuestionSpec, platform: FormDefinition | undefined, id: string): FormQuestion {
  const known = platform ? questionForPrompt(platform, spec.prompt)?.question : undefined;
  const limit =
    spec.characters !== undefined || spec.items !== undefined
      ? {
          ...(spec.characters !== undefined ? { characters: spec.characters } : {}),
          ...(spec.items !== undefined ? { items: spec.items } : {}),
        }
      : known?.limit;
  return {
    ...(known ?? { id, answer: 'text' as const }),
    prompt: spec.prompt,
    ...(spec.optional !== undefined ? { optional: spec.optional } : {}),
    ...(limit ? { limit } : {}),
  };
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}
