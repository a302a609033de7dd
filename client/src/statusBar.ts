import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentSummaryRequest, type DocumentSummary } from '../../server/src/protocol';
import { isCandidate } from './panels/previewPanel';

const DELAY_MS = 300;
export const SHOW_READINESS_COMMAND = 'learningPlans.showReadiness';

/**
 * "Ready" or "3 things block submission" in the status bar for the active learning-plan document; a click lists what
 * blocks it, each item going to its line.
 */
export class ReadinessStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'learningPlans.readiness',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: { document: vscode.TextDocument; summary: DocumentSummary } | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = vscode.l10n.t('Learning plan readiness');
    this.item.command = SHOW_READINESS_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.commands.registerCommand(SHOW_READINESS_COMMAND, () => this.showList()),
    );
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DELAY_MS);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCandidate(document)) return this.hide();
    const summary = await this.client
      .sendRequest(DocumentSummaryRequest, { uri: document.uri.toString() })
      .catch(() => null);
    if (!summary?.readiness.applies) return this.hide();
    this.shown = { document, summary };
    const { answered, total } = summary.completeness;
    const count = summary.readiness.blockers.length;
    this.item.text = summary.readiness.ready
      ? `$(pass) ${vscode.l10n.t('Ready')}`
      : `$(circle-slash) ${count === 1 ? vscode.l10n.t('1 thing blocks submission') : vscode.l10n.t('{0} things block submission', count)}`;
    this.item.tooltip = [
      summary.readiness.ready
        ? vscode.l10n.t('Ready for the platform.')
        : vscode.l10n.t('Not ready for the platform: click to see what blocks it.'),
      vscode.l10n.t('{0} of {1} questions answered.', answered, total),
    ].join('\n');
    this.item.show();
  }

  private hide(): void {
    this.shown = undefined;
    this.item.hide();
  }

  /** What blocks the document, each item going to its line; the preview is one choice away. */
  private async showList(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const preview = { label: `$(open-preview) ${vscode.l10n.t('Open the preview')}`, line: -1 };
    const items = shown.summary.readiness.blockers.map((blocker) => ({
      label: blocker.subject,
      description: blocker.message,
      detail: vscode.l10n.t('Line {0}', blocker.line + 1),
      line: blocker.line,
    }));
    const picked = await vscode.window.showQuickPick([...items, preview], {
      title: shown.summary.readiness.ready
        ? vscode.l10n.t('Ready for the platform')
        : vscode.l10n.t('What blocks submission to the platform'),
      matchOnDescription: true,
    });
    if (!picked) return;
    if (picked.line < 0) return void vscode.commands.executeCommand('learningPlans.openPreviewToSide');
    const editor = await vscode.window.showTextDocument(shown.document);
    const position = new vscode.Position(picked.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(
      new vscode.Range(position, position),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
