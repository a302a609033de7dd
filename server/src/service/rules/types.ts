import type { DocumentAnalysis } from '../analysis/types';
import type { Localize } from '../l10n';
import type { DocKind, Range, Severity } from '../model';
import type { ResolvedSettings } from '../settings';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** What the fix does, shown as the quick fix's title. */
  title: string;
  edits: TextEdit[];
  /** The fix to apply when an editor offers only one, and the one "fix all" applies. */
  preferred?: boolean;
}

/**
 * Another place a finding is about, for the editor to offer a jump to: the question an answer repeats, the first of
 * two tags, another document of the workspace.
 */
export interface RelatedPlace {
  /** What is there, in a few words: `"Background" (line 12)`. */
  message: string;
  range: Range;
  /** Another document's URI; the finding's own document when absent. */
  uri?: string;
}

export interface Finding {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
  related?: RelatedPlace[];
}

export interface Report {
  range: Range;
  message: string;
  fixes?: Fix[];
  related?: RelatedPlace[];
}

/** A rule reads the document with what was decided about it (its form, matches and places). */
export interface RuleContext extends DocumentAnalysis {
  settings: ResolvedSettings;
  t: Localize;
  report(finding: Report): void;
}

export interface Rule {
  /** Stable id, `LP` and three digits: never reused, never renumbered. */
  id: string;
  /** Kebab-case name, stable too. */
  name: string;
  defaultSeverity: Severity;
  /** Kinds of document the rule reads. */
  kinds: readonly DocKind[];
  /** One sentence: what the rule finds. */
  description: string;
  check(context: RuleContext): void;
}
