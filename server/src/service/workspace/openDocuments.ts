import { analyzeText } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/types';
import { checkDocument, type CheckResult } from '../check';
import type { Rule } from '../rules/types';
import type { ResolvedSettings } from '../settings';

/** An open document read and decided about, with its settings; its findings once asked for. */
export interface OpenState {
  version: number;
  analysis: DocumentAnalysis;
  settings: ResolvedSettings;
  result?: CheckResult;
}

/** How many open documents keep their analysis; the others are read again on demand (a few milliseconds). */
const KEPT = 16;

/**
 * The documents open in an editor: their text, and for the most recently used ones their analysis and findings,
 * computed once per version and settings so that diagnostics, code actions and every feature share the work.
 */
export class OpenDocuments {
  private readonly texts = new Map<string, { text: string; version: number }>();
  private readonly states = new Map<string, OpenState & { generation: number }>();
  private generation = 0;

  constructor(
    private readonly settingsFor: (uri: string) => Promise<ResolvedSettings>,
    private readonly rules: readonly Rule[] | undefined,
    private readonly onFailure: (uri: string, rule: string, error: unknown) => void,
  ) {}

  set(uri: string, text: string, version: number): void {
    this.texts.set(uri, { text, version });
  }

  delete(uri: string): void {
    this.texts.delete(uri);
    this.states.delete(uri);
  }

  has(uri: string): boolean {
    return this.texts.has(uri);
  }

  uris(): string[] {
    return [...this.texts.keys()];
  }

  /** The editor's text of an open document, with its version; undefined when it is not open. */
  text(uri: string): { text: string; version: number } | undefined {
    return this.texts.get(uri);
  }

  /** Forgets every analysis: the settings changed. */
  invalidate(): void {
    this.generation++;
  }

  /** The document's analysis and settings, or undefined when it is not open. */
  async analysis(uri: string): Promise<OpenState | undefined> {
    const open = this.texts.get(uri);
    if (!open) return undefined;
    const cached = this.states.get(uri);
    if (cached && cached.version === open.version && cached.generation === this.generation) {
      this.touch(uri, cached);
      return cached;
    }
    const generation = this.generation;
    const settings = await this.settingsFor(uri);
    const state = {
      version: open.version,
      generation,
      analysis: analyzeText(open.text, settings.forms),
      settings,
    };
    if (this.texts.get(uri)?.version === open.version) this.touch(uri, state);
    return state;
  }

  /** The analysis with the document's own findings. */
  async checked(uri: string): Promise<Required<OpenState> | undefined> {
    const state = await this.analysis(uri);
    if (!state) return undefined;
    if (!state.result) {
      state.result = checkDocument(state.analysis, state.settings, this.rules);
      for (const failure of state.result.failures) this.onFailure(uri, failure.rule, failure.error);
    }
    return state as Required<OpenState>;
  }

  private touch(uri: string, state: OpenState & { generation: number }): void {
    this.states.delete(uri);
    this.states.set(uri, state);
    for (const key of this.states.keys()) {
      if (this.states.size <= KEPT) break;
      this.states.delete(key);
    }
  }
}
