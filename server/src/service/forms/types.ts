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
  /** Other wordings the platform used for the same question, and the question in other languages. */
  variants?: readonly string[];
  answer: AnswerKind;
  options?: readonly string[];
  /** An empty answer is a fair answer ("If applicable, …"), or the question appears in some editions only. */
  optional?: boolean;
  /** The platform's export never writes this answer (a single choice, an uploaded file): empty says nothing. */
  notExported?: boolean;
  /** "N/A" is a fair answer: the question may not apply (no blog yet, no new partner, no follow-up). */
  mayNotApply?: boolean;
  /** The platform wraps the question in a `<div class="group">` (one per partner, per learning-cycle stage). */
  grouped?: boolean;
  /** What the prompt itself allows: "a maximum of 280 characters", "a maximum of 5 key insights". */
  limit?: { characters?: number; items?: number };
  /** The answer is a share of time in per cent; the shares of one form add up to 100. */
  percent?: boolean;
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
  /** The section is empty on purpose (Challenge classification: its answers became tags). */
  emptyByDesign?: boolean;
  questions: readonly FormQuestion[];
}

/** A form as data: what the platform's templates (and a Lab's editions) ask, section by section. */
export interface FormSpec {
  id: FormId;
  /** Versions of one form that asked different questions (the closing form's 2021–2023 and 2023–2025 editions). */
  variant?: string;
  kind: DocKind;
  label: string;
  /** An edition kept to read older documents: snippets and new documents use the current one. */
  retired?: boolean;
  /** `##` for archive pages, `####` for toolkit cards. */
  headingLevel: number;
  sections: readonly FormSection[];
}

/** The form's sections and questions by their folded spellings (every language, every wording). */
export interface FormLookup {
  readonly questions: ReadonlyMap<string, { section: FormSection; question: FormQuestion }>;
  readonly sections: ReadonlyMap<string, FormSection>;
}

/** A form ready to read documents against: its data and its lookup, built once when the form is defined. */
export interface FormDefinition extends FormSpec {
  readonly lookup: FormLookup;
}
