import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentSummaryRequest } from '../../../server/src/protocol';
import { isCandidate, isPlan, type PlanDocuments } from '../planDocuments';
import { createNonce, webviewShell } from './html';
import { escapeHtml } from './htmlEscape';
import { createAnswerMarkdown } from './markdown';
import { parsePreviewMessage, type ExtensionToPreview } from './messages';
import { renderPreviewBody, type PreviewLabels } from './previewBody';
import { revealLine } from './revealLine';
import { savedDocument } from './savedDocument';

export const PREVIEW_VIEW_TYPE = 'learningPlans.preview';
/** Time after the last keystroke before the preview is drawn again. */
const UPDATE_DELAY_MS = 40;

function labels(): PreviewLabels {
  const t = vscode.l10n.t;
  return {
    answered: (answered, total) => t('{0}/{1} answered', answered, total),
    sectionAnswered: (answered, total) => t('{0} of {1} answered', answered, total),
    writeTo: (address) => t('Write to {0}', address),
    problems: (errors, warnings, information) =>
      [
        errors === 1 ? t('1 error') : errors > 1 ? t('{0} errors', errors) : '',
        warnings === 1 ? t('1 warning') : warnings > 1 ? t('{0} warnings', warnings) : '',
        information === 1 ? t('1 note') : information > 1 ? t('{0} notes', information) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    noProblems: t('No problems'),
    noAnswer: t('No answer yet'),
    statuses: {
      placeholder: t('A placeholder, not an answer yet'),
      optional: t('Optional: not counted'),
      notExported: t("The platform's export never carries this answer: not counted"),
      spare: t('A spare slot of the template: not counted'),
    },
    ready: t('Ready for the platform'),
    blocked: (count) =>
      count === 1 ? t('1 thing blocks submission') : t('{0} things block submission', count),
    untitled: t('Untitled'),
    labels: {
      sdgs: t('SDGs'),
      methods: t('Methods'),
      place: t('Country'),
      year: t('Year'),
      focalPoint: t('Focal point'),
      other: t('More tags'),
    },
  };
}

/** One preview panel that follows the active learning-plan document, its edits and its scrolling. */
export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly markdown = createAnswerMarkdown();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly plans: PlanDocuments,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleUpdate();
      }),
      // The preview follows the learning-plan documents the author moves to, and stays on the last one otherwise.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !this.panel || !isCandidate(editor.document)) return;
        const document = editor.document;
        void this.plans.summary(document).then((summary) => {
          if (isPlan(summary) && document === vscode.window.activeTextEditor?.document) this.show(document);
        });
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === this.document && event.visibleRanges[0]) {
          void this.post({ type: 'scrollTo', line: event.visibleRanges[0].start.line });
        }
      }),
    );
  }

  /** Opens the preview of a learning-plan document; any other Markdown file gets VS Code's own preview. */
  async open(document: vscode.TextDocument, column: vscode.ViewColumn): Promise<void> {
    if (!isPlan(await this.plans.summary(document))) return notAPlan(document, column);
    if (!this.panel) this.panel = this.createPanel(column);
    else this.panel.reveal(column, true);
    this.show(document);
  }

  /**
   * Takes back the preview VS Code kept open across a reload of the window, on the document it showed (which its
   * page kept); a preview whose document is gone is closed.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const document = await savedDocument((state as { uri?: unknown } | undefined)?.uri);
    if (!document || (this.panel && this.panel !== panel)) {
      panel.dispose();
      return;
    }
    this.panel = this.setUp(panel);
    this.show(document);
  }

  private createPanel(column: vscode.ViewColumn): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Learning Plan Preview'),
      { viewColumn: column, preserveFocus: true },
      { retainContextWhenHidden: false },
    );
    return this.setUp(panel);
  }

  private setUp(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    const asUri = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString();
    panel.webview.html = webviewShell({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      title: vscode.l10n.t('Learning Plan Preview'),
      scriptUri: asUri('preview.js'),
      styleUris: [asUri('preview.css'), asUri('sdg-colours.css')],
    });
    panel.webview.onDidReceiveMessage((message) => this.receive(message), undefined, this.subscriptions);
    panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
    return panel;
  }

  private show(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = vscode.l10n.t('Preview {0}', document.uri.path.split('/').pop() ?? '');
    void this.update();
  }

  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const document = this.document;
    if (!document || !this.panel) return;
    const summary = await this.client
      .sendRequest(DocumentSummaryRequest, { uri: document.uri.toString() })
      .catch(() => null);
    if (!summary || document !== this.document) return;
    const html = isPlan(summary)
      ? renderPreviewBody(summary, this.markdown, labels())
      : `<p role="status">${escapeHtml(notAPlanMessage())}</p>`;
    await this.post({ type: 'render', html, uri: document.uri.toString() });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parsePreviewMessage(raw);
    if (!message) return;
    if (message.type === 'ready') return this.update();
    if (message.type === 'openLink') {
      await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
      return;
    }
    if (this.document) await revealLine(this.document, message.line);
  }

  private async post(message: ExtensionToPreview): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function notAPlanMessage(): string {
  return vscode.l10n.t(
    'This document is not a learning plan: it has neither the tags nor the sections of one. Start one with New Learning Plan…, or type lp- for a form.',
  );
}

/** A document that is not a learning plan: VS Code's own preview for Markdown, a word of explanation otherwise. */
async function notAPlan(document: vscode.TextDocument, column: vscode.ViewColumn): Promise<void> {
  if (document.languageId === 'markdown') {
    const command =
      column === vscode.ViewColumn.Beside ? 'markdown.showPreviewToSide' : 'markdown.showPreview';
    await vscode.commands.executeCommand(command, document.uri);
    return;
  }
  void vscode.window.showInformationMessage(notAPlanMessage());
}
