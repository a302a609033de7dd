import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentSummaryRequest, type DocumentSummary } from '../../server/src/protocol';

/** Time after the last keystroke before a document is asked about again. */
const EDIT_DELAY_MS = 300;
/** Set for the active editor: a learning-plan document (a plan, a closing form, an experiment, a solution, a card). */
export const IS_LEARNING_PLAN = 'learningPlans.isLearningPlan';
/** The paths (`resourcePath`) of the open documents that are learning-plan documents, for per-editor menus. */
export const PLAN_PATHS = 'learningPlans.planPaths';

/** Markdown and plain-text documents may be learning plans; the server decides by their content. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'plaintext';
}

/** Whether the server reads a summary as a learning-plan document. */
export function isPlan(summary: DocumentSummary | null | undefined): summary is DocumentSummary {
  return summary !== null && summary !== undefined && summary.kind !== 'other';
}

/**
 * What the server says of the visible documents: their summaries, kept fresh as they are edited. It sets the context
 * keys that show the preview and map buttons on learning-plan documents only, and tells the status bar.
 */
export class PlanDocuments implements vscode.Disposable {
  private readonly summaries = new Map<string, DocumentSummary | null>();
  private readonly pending = new Map<string, Promise<DocumentSummary | null>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** A document's summary was read again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.readVisible()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (this.summaries.has(document.uri.toString())) this.schedule(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
    );
    this.readVisible();
  }

  /** The document's summary as last read (null: not a document the server reads), reading it when never read. */
  async summary(document: vscode.TextDocument): Promise<DocumentSummary | null> {
    const key = document.uri.toString();
    if (this.summaries.has(key) && !this.timers.has(key)) return this.summaries.get(key) ?? null;
    return this.read(document);
  }

  /** The document's summary, read now. */
  read(document: vscode.TextDocument): Promise<DocumentSummary | null> {
    const key = document.uri.toString();
    const running = this.pending.get(key);
    if (running) return running;
    const request = this.client
      .sendRequest(DocumentSummaryRequest, { uri: key })
      .catch(() => null)
      .then((summary) => {
        this.pending.delete(key);
        if (document.isClosed) return summary;
        this.summaries.set(key, summary);
        this.updateContext();
        this.changed.fire(document);
        return summary;
      });
    this.pending.set(key, request);
    return request;
  }

  private readVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const document = editor.document;
      if (isCandidate(document) && !this.summaries.has(document.uri.toString())) void this.read(document);
    }
    this.updateContext();
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.read(document);
      }, EDIT_DELAY_MS),
    );
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.summaries.delete(key);
    this.updateContext();
  }

  private updateContext(): void {
    const active = vscode.window.activeTextEditor?.document;
    const paths = vscode.workspace.textDocuments
      .filter((document) => isPlan(this.summaries.get(document.uri.toString())))
      .map((document) => document.uri.fsPath);
    void vscode.commands.executeCommand('setContext', PLAN_PATHS, paths);
    void vscode.commands.executeCommand(
      'setContext',
      IS_LEARNING_PLAN,
      active !== undefined && isPlan(this.summaries.get(active.uri.toString())),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
