import type { FormMatch } from '../forms/match';
import type { QuestionStatus } from '../forms/questionStatus';
import type { FormDefinition } from '../forms/types';
import type { LocatedPair } from '../geo/pairs';
import type { ParsedDocument } from '../model';

/**
 * A document and what was decided about it: the form it follows (in the platform's edition or a Lab's own), which
 * of the form's sections and questions each of its own is, and which location goes with which country. Rules and
 * features read these; nothing is patched into the parsed document.
 */
export interface DocumentAnalysis {
  readonly doc: ParsedDocument;
  /** The form in the edition the document follows; null for documents that follow none (blogs, notes). */
  readonly form: FormDefinition | null;
  readonly match: FormMatch | null;
  /** Where each of the document's questions stands: answered, unanswered, a placeholder, optional… */
  readonly statuses: readonly QuestionStatus[];
  readonly pairs: readonly LocatedPair[];
}
