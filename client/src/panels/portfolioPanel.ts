import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { parseFilter, type PortfolioFilter } from '../../../server/src/portfolio/filter';
import { portfolioLabels } from '../../../server/src/portfolio/labels';
import {
  PortfolioRequest,
  WorkspaceChangedNotification,
  type PortfolioGoal,
  type PortfolioRow,
} from '../../../server/src/protocol';
import { editTags } from '../portfolio/bulkEdit';
import { exportPortfolio } from '../portfolio/exportPortfolio';
import { createNonce, webviewShell } from './html';
import { revealLine } from './revealLine';
import {
  parsePortfolioMessage,
  type ExtensionToPortfolio,
  type PortfolioToExtension,
} from './portfolioMessages';

export const PORTFOLIO_VIEW_TYPE = 'learningPlans.portfolio';
export const SHOW_PORTFOLIO_COMMAND = 'learningPlans.showPortfolio';
export const SHOW_WORKSPACE_MAP_COMMAND = 'learningPlans.showWorkspaceMap';
/** Time after the last change in the workspace before the rows are asked for again. */
const UPDATE_DELAY_MS = 300;

export function currentLabels() {
  return portfolioLabels(vscode.l10n.t, vscode.env.language);
}

/**
 * The portfolio: a table of every learning plan, experiment, solution and toolkit card of the workspace, kept up to
 * date as documents change. The page keeps the reader's filter, sort and selection; the extension opens documents,
 * exports the rows and makes bulk edits, each only for documents the table shows.
 */
export class PortfolioPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private rows: PortfolioRow[] = [];
  private goals: PortfolioGoal[] = [];
  private complete = true;
  private shown = new Set<string>();
  private loaded = false;
  private ready = false;
  /** A filter given by a command before the page was ready to take it. */
  private pendingFilter: PortfolioFilter | undefined;
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {
    this.subscriptions.push(
      client.onNotification(WorkspaceChangedNotification, () => this.workspaceChanged()),
    );
  }

  /** Opens (or brings forward) the portfolio; with a filter, the table shows only what passes it. */
  show(filter?: unknown): void {
    const given = filter === undefined ? undefined : parseFilter(filter);
    if (this.panel) this.panel.reveal(undefined, false);
    else this.panel = this.createPanel();
    if (given) {
      if (this.ready) void this.post({ type: 'filter', filter: given });
      else this.pendingFilter = given;
    }
  }

  /**
   * Takes back the portfolio VS Code kept open across a reload of the window: its page restores its own filter, sort
   * and selection, and asks for the rows as when it is first shown.
   */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel && this.panel !== panel) this.panel.dispose();
    this.panel = this.setUp(panel);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      PORTFOLIO_VIEW_TYPE,
      vscode.l10n.t('Learning Plans Portfolio'),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
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
      title: vscode.l10n.t('Learning Plans Portfolio'),
      scriptUri: asUri('portfolio.js'),
      styleUris: [asUri('portfolio.css')],
      data: { loading: vscode.l10n.t('Reading the workspace…') },
    });
    panel.webview.onDidReceiveMessage((message) => this.receive(message), undefined, this.subscriptions);
    panel.onDidChangeViewState(
      () => {
        // Hidden, the page is gone; shown again, it asks for the rows and gets what changed meanwhile.
        if (!panel.visible) this.ready = false;
      },
      undefined,
      this.subscriptions,
    );
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        this.ready = false;
      },
      undefined,
      this.subscriptions,
    );
    return panel;
  }

  private workspaceChanged(): void {
    if (!this.panel || !this.loaded) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(false), UPDATE_DELAY_MS);
  }

  /** Asks the server for the rows: the first time reading the workspace (with progress), then what it knows. */
  private async load(rescan: boolean): Promise<void> {
    const request = (token?: vscode.CancellationToken) =>
      this.client.sendRequest(PortfolioRequest, { rescan }, token);
    const result = rescan
      ? await vscode.window.withProgress(
          {
            location: vscode.ProgressLocation.Notification,
            title: vscode.l10n.t('Indexing learning plans'),
            cancellable: true,
          },
          (_progress, token) => request(token),
        )
      : await request().catch(() => null);
    if (!result) return;
    this.loaded = true;
    this.stale = false;
    this.rows = result.rows;
    this.goals = result.goals;
    this.complete = !result.cancelled;
    this.shown = new Set(result.rows.map((row) => row.uri));
    await this.sendRows();
  }

  private async sendRows(): Promise<void> {
    await this.post({
      type: 'rows',
      rows: this.rows,
      goals: this.goals,
      labels: currentLabels(),
      complete: this.complete,
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parsePortfolioMessage(raw, this.shown);
    if (!message) return;
    try {
      await this.act(message);
    } catch (error) {
      // The server stopped, a file could not be opened: said to the reader, never left as an unhandled failure.
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    }
  }

  private async act(message: PortfolioToExtension): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.pageReady();
      case 'open':
        return revealLine(vscode.Uri.parse(message.uri, true), message.line, this.panel?.viewColumn);
      case 'export':
        return exportPortfolio(message.format, this.rows, this.goals, message.view, currentLabels());
      case 'editTags':
        return editTags(this.client, message.uris);
      case 'showOnMap':
        await vscode.commands.executeCommand(SHOW_WORKSPACE_MAP_COMMAND, message.filter);
    }
  }

  private async pageReady(): Promise<void> {
    this.ready = true;
    if (!this.loaded || this.stale) await this.load(!this.loaded);
    else await this.sendRows();
    if (this.pendingFilter) {
      await this.post({ type: 'filter', filter: this.pendingFilter });
      this.pendingFilter = undefined;
    }
  }

  private async post(message: ExtensionToPortfolio): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
