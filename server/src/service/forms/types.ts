import type { DocKind, FormId } from '../model';

/** How an answer to a question is given. */
export type AnswerKind =
  /** Free Markdown. */
  | 'text'
  /** `- ` list items chosen from the question's options. */
  | 'checklist'
  /** A question answered by the groups that follow it (partners), not by text of its own. */
  | 'header'
  /** A message from the form, not a question. */
  | 'message';

export interface FormQuestion {
  id: string;
  /** The prompt exactly as the form writes it. */
  prompt: string;
  /** Other wordings the platform used for the same question. */
  variants?: readonly string[];
  answer: AnswerKind;
  options?: readonly string[];
  /** Questions a form may leave out without it being a problem. */
  optional?: boolean;
}

export interface FormSection {
  id: string;
  /** The English heading, as the platform writes it. */
  heading: string;
  /** Headings in other languages (and the platform's other spellings) that mean this section. */
  localized?: readonly string[];
  required: boolean;
  /** True when the section may appear several times (one Learning questions section per learning question). */
  repeatable?: boolean;
  questions: readonly FormQuestion[];
}

export interface FormDefinition {
  id: FormId;
  kind: DocKind;
  label: string;
  /** `##` for archive pages, `####` for toolkit cards. */
  headingLevel: number;
  sections: readonly FormSection[];
}
