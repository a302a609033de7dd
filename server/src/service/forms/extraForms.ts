import type { DocKind, FormId, ParsedDocument } from '../model';
import { fold } from '../vocab/normalize';
import { formById, formOf, headingMatches, questionForPrompt, sectionForHeading } from './index';
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
  return {
    id: spec.form,
    variant: spec.edition,
    kind: FORM_KINDS[spec.form],
    label: spec.label ?? `${platform?.label ?? spec.form} (${spec.edition})`,
    headingLevel: platform?.headingLevel ?? 2,
    sections,
  };
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

/**
 * The document as it reads with a Lab's editions: when one of them fits its headings and prompts better than the
 * platform's form it was read with, the document follows that edition. On a tie the platform's form stays.
 */
export function withExtraForms(doc: ParsedDocument, editions: readonly FormDefinition[]): ParsedDocument {
  if (editions.length === 0 || doc.extraForms === editions || doc.kind === 'other') return doc;
  // Callers that keep the document (the server, the CLI) choose before checking, and the check chooses again.
  const chosen = choices.get(doc);
  if (chosen?.editions === editions) return chosen.doc;
  const result = chooseEdition(doc, editions);
  choices.set(doc, { editions, doc: result });
  return result;
}

const choices = new WeakMap<ParsedDocument, { editions: readonly FormDefinition[]; doc: ParsedDocument }>();

function chooseEdition(doc: ParsedDocument, editions: readonly FormDefinition[]): ParsedDocument {
  const headings = doc.headings.map((heading) => heading.text);
  const prompts = doc.questions.map((question) => question.prompt);
  const fit = (form: FormDefinition) =>
    headingMatches(form, headings) +
    prompts.filter((prompt) => questionForPrompt(form, prompt) !== undefined).length;
  const current = formOf(doc);
  let best: FormDefinition | undefined;
  let bestFit = current ? fit(current) : 0;
  for (const edition of editions) {
    if (edition.kind !== doc.kind) continue;
    const score = fit(edition);
    if (score > bestFit) {
      best = edition;
      bestFit = score;
    }
  }
  if (!best) return doc;
  return { ...doc, form: best.id, variant: best.variant ?? null, extraForms: editions };
}
