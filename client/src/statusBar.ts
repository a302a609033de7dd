import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentSummaryRequest } from '../../server/src/protocol';
import { isCandidate } from './panels/previewPanel';

const DELAY_MS = 300;

/** "12/17 answered" in the status bar for the active learning-plan document; a click opens the preview. */
export class CompletenessStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'learningPlans.completeness',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = vscode.l10n.t('Learning plan completeness');
    this.item.command = 'learningPlans.openPreviewToSide';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
    );
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DELAY_MS);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCandidate(document)) return this.item.hide();
    const summary = await this.client
      .sendRequest(DocumentSummaryRequest, { uri: document.uri.toString() })
      .catch(() => null);
    if (!summary || summary.kind === 'other' || summary.completeness.total === 0) return this.item.hide();
    const { answered, total } = summary.completeness;
    this.item.text = `$(checklist) ${vscode.l10n.t('{0}/{1} answered', answered, total)}`;
    this.item.tooltip = vscode.l10n.t('{0} of {1} questions answered. Open the preview.', answered, total);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
