import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  filterMapEntries,
  isEmptyFilter,
  parseFilter,
  type PortfolioFilter,
} from '../../../server/src/portfolio/filter';
import { DocumentMapRequest, MoveLocationRequest, WorkspaceMapRequest } from '../../../server/src/protocol';
import { createNonce, webviewShell } from './html';
import { filterSummary, mapLabels } from './mapLabels';
import { parseMapMessage, type ExtensionToMap, type MapToExtension } from './messages';
import { revealLine } from './revealLine';
import { savedDocument } from './savedDocument';
import { currentLabels, SHOW_PORTFOLIO_COMMAND } from './portfolioPanel';
import { tileOrigin } from './tiles';

export const MAP_VIEW_TYPE = 'learningPlans.map';

type Mode = { kind: 'document'; document: vscode.TextDocument } | { kind: 'workspace' };

/** The map panel: one document's locations (draggable), or every plan of the workspace. */
export class MapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private mode: Mode | undefined;
  private ready = false;
  /** The documents the workspace map shows: the only ones it may ask to open. */
  private shownUris = new Set<string>();
  /** What the workspace map shows of the workspace: the documents that pass this filter (the portfolio's). */
  private filter: PortfolioFilter = {};
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.mode?.kind === 'document' && event.document === this.mode.document) void this.refresh();
      }),
    );
  }

  showDocument(document: vscode.TextDocument): void {
    this.mode = { kind: 'document', document };
    this.open(documentMapTitle(document));
  }

  /** Shows the workspace's documents; with a filter (the portfolio's, as a command's argument), only those it lets through. */
  showWorkspace(filter?: unknown): void {
    this.filter = parseFilter(filter);
    this.mode = { kind: 'workspace' };
    this.open(vscode.l10n.t('Map of the workspace'));
  }

  private open(title: string): void {
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.panel.title = title;
    if (this.ready) void this.refresh();
  }

  /**
   * Takes back the map VS Code kept open across a reload of the window, as its page left it: one document's map
   * (closed if the document is gone) or the workspace's, with the filter it was given.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = (state ?? {}) as { document?: unknown; scope?: unknown };
    const document = await savedDocument(saved.document);
    if (document === null || (this.panel && this.panel !== panel)) {
      panel.dispose();
      return;
    }
    this.mode = document ? { kind: 'document', document } : { kind: 'workspace' };
    this.filter = document ? {} : parseFilter(parsedJson(saved.scope));
    this.panel = this.setUp(panel);
    this.panel.title = document ? documentMapTitle(document) : vscode.l10n.t('Map of the workspace');
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      MAP_VIEW_TYPE,
      vscode.l10n.t('Learning Plans Map'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {},
    );
    return this.setUp(panel);
  }

  private setUp(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
    panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
    const asUri = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString();
    const tiles = vscode.workspace.isTrusted
      ? vscode.workspace.getConfiguration('learningPlans.map').get<string>('tileUrl', '')
      : '';
    const origin = tileOrigin(tiles);
    panel.webview.html = webviewShell({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      title: vscode.l10n.t('Learning Plans Map'),
      scriptUri: asUri('map.js'),
      styleUris: [
        asUri('leaflet.css'),
        asUri('MarkerCluster.css'),
        asUri('sdg-colours.css'),
        asUri('map.css'),
      ],
      data: { borders: asUri('countries-50m.json'), ...(origin ? { tiles } : {}) },
      imageOrigins: origin ? [origin] : [],
    });
    this.ready = false;
    panel.webview.onDidReceiveMessage((message) => this.receive(message), undefined, this.subscriptions);
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

  private async refresh(): Promise<void> {
    const mode = this.mode;
    if (!mode || !this.panel) return;
    if (mode.kind === 'document') await this.refreshDocument(mode.document);
    else await this.refreshWorkspace();
  }

  private async refreshDocument(document: vscode.TextDocument): Promise<void> {
    const map = await this.client
      .sendRequest(DocumentMapRequest, { uri: document.uri.toString() })
      .catch(() => null);
    if (!map) return;
    const heading = documentMapTitle(document);
    const labels = mapLabels(heading, vscode.l10n.t, vscode.env.language);
    await this.post({
      type: 'document',
      uri: document.uri.toString(),
      places: map.places,
      highlight: map.highlight,
      labels,
    });
  }

  private async refreshWorkspace(): Promise<void> {
    const filter = this.filter;
    // A filter by readiness needs every document checked; otherwise indexing them is enough.
    const check = filter.readiness !== undefined;
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Indexing learning plans'),
        cancellable: true,
      },
      (_progress, token) => this.client.sendRequest(WorkspaceMapRequest, { check }, token),
    );
    const entries = filterMapEntries(result.entries, filter);
    this.shownUris = new Set(entries.map((entry) => entry.uri));
    const labels = mapLabels(vscode.l10n.t('Map of the workspace'), vscode.l10n.t, vscode.env.language);
    await this.post({
      type: 'workspace',
      entries,
      complete: !result.cancelled,
      labels,
      filter,
      filterText: isEmptyFilter(filter) ? '' : filterSummary(filter, vscode.l10n.t, currentLabels()),
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseMapMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      return this.refresh();
    }
    if (message.type === 'open') return this.openShown(message.uri, message.line);
    if (message.type === 'clearFilter') {
      if (this.mode?.kind !== 'workspace') return;
      this.filter = {};
      return this.refresh();
    }
    if (message.type === 'openPortfolio') {
      if (this.mode?.kind !== 'workspace') return;
      await vscode.commands.executeCommand(SHOW_PORTFOLIO_COMMAND, message.filter);
      return;
    }
    const document = this.mode?.kind === 'document' ? this.mode.document : undefined;
    if (!document) return;
    if (message.type === 'reveal') return revealLine(document, message.line);
    await this.move(document, message);
  }

  /** Opens a document the workspace map shows; anything else the page asks for is ignored. */
  private async openShown(uri: string, line: number): Promise<void> {
    if (this.mode?.kind !== 'workspace' || !this.shownUris.has(uri)) return;
    await revealLine(vscode.Uri.parse(uri, true), line);
  }

  /** Moves a location: the server writes the `[[latlng:…]]` edit; one edit, undone in one step. */
  private async move(
    document: vscode.TextDocument,
    { line, lat, lng }: Extract<MapToExtension, { type: 'move' }>,
  ): Promise<void> {
    const edit = await this.client
      .sendRequest(MoveLocationRequest, { uri: document.uri.toString(), line, lat, lng })
      .catch(() => null);
    if (edit)
      await vscode.workspace.applyEdit(await this.client.protocol2CodeConverter.asWorkspaceEdit(edit));
  }

  private async post(message: ExtensionToMap): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** A document's map is named after the document's file. */
function documentMapTitle(document: vscode.TextDocument): string {
  return vscode.l10n.t('Map of {0}', document.uri.path.split('/').pop() ?? '');
}

/** The filter the page kept, as JSON text; anything else reads as no filter. */
function parsedJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
