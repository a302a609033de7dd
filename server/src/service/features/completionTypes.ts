import type { Localize } from '../l10n';
import type { Range } from '../model';
import type { TextEdit } from '../rules/types';
import type { ResolvedSettings } from '../settings';

/** What completion offers, as plain data every caller converts. */
export type CompletionKind = 'key' | 'value' | 'section' | 'item' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown: what the item is or inserts. */
  documentation?: string;
  /** Replaces `range` when chosen. */
  insertText: string;
  range: Range;
  filterText?: string;
  sortText?: string;
  additionalEdits?: TextEdit[];
  /** Ask the editor for completions again once inserted (a key leads on to its values). */
  retrigger?: boolean;
  /** The insert text is a snippet (`$0` marks where the cursor goes). */
  snippet?: boolean;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** True when the list depends on what is typed next (aliases), so the editor should ask again. */
  isIncomplete: boolean;
}

export interface CompletionOptions {
  t: Localize;
  currentYear: number;
  locale?: string;
  /** The document's settings: a Lab's own values are offered with the platform's. */
  settings?: ResolvedSettings;
}
