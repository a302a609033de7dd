import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkDocument,
  parseDocument,
  RULES,
  type CheckResult,
  type ParsedDocument,
  type ResolvedSettings,
  type Rule,
  withExtraForms,
} from '../service';

export interface DocumentState {
  version: number;
  doc: ParsedDocument;
  result: CheckResult;
}

/** How many documents keep their parsed form; others are parsed again on demand (a few milliseconds). */
const KEPT = 64;

/**
 * Parses and checks each open document once per version and settings, so that diagnostics, code actions and
 * later requests on the same version share the work. Only the most recently used documents are kept, so that a
 * workspace with thousands of open documents stays small.
 */
export class DocumentStates {
  constructor(private readonly rules: readonly Rule[] = RULES) {}

  private readonly states = new Map<string, DocumentState>();
  private settingsStamp = 0;
  private readonly stamps = new Map<string, number>();

  /** Forgets every result: the settings changed. */
  invalidate(): void {
    this.settingsStamp++;
  }

  get(
    document: TextDocument,
    settings: ResolvedSettings,
    onFailure: (rule: string, error: unknown) => void,
  ): DocumentState {
    const cached = this.states.get(document.uri);
    if (cached && cached.version === document.version && this.stamps.get(document.uri) === this.settingsStamp)
      return cached;
    const doc = withExtraForms(parseDocument(document.getText()), settings.forms);
    const result = checkDocument(doc, settings, this.rules);
    for (const failure of result.failures) onFailure(failure.rule, failure.error);
    const state = { version: document.version, doc, result };
    this.states.delete(document.uri);
    this.states.set(document.uri, state);
    this.stamps.set(document.uri, this.settingsStamp);
    for (const uri of this.states.keys()) {
      if (this.states.size <= KEPT) break;
      this.states.delete(uri);
      this.stamps.delete(uri);
    }
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
    this.stamps.delete(uri);
  }
}
