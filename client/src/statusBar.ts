import * as vscode from 'vscode';
import type { DocumentSummary } from '../../server/src/protocol';
import { isCandidate, type PlanDocuments } from './planDocuments';

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
  private shown: { document: vscode.TextDocument; summary: DocumentSummary } | undefined;

  /** Fed by what the server says of the active document, as the documents' summaries are read again. */
  constructor(private readonly plans: PlanDocuments) {
    this.item.name = vscode.l10n.t('Learning plan readiness');
    this.item.command = SHOW_READINESS_COMMAND;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      plans.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) void this.update();
      }),
      vscode.commands.registerCommand(SHOW_READINESS_COMMAND, () => this.showList()),
    );
    void this.update();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCandidate(document)) return this.hide();
    const summary = await this.plans.summary(document);
    if (document !== vscode.window.activeTextEditor?.document) return;
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
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
