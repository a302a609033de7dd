import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  DOCUMENT_SUMMARY_REQUEST,
  WORKSPACE_INDEX_REQUEST,
  type DocumentSummary,
  type DocumentSummaryParams,
  type WorkspaceIndexResult,
} from '../../../server/src/protocol';
import { createNonce, webviewShell } from './html';
import { mapEntries } from './mapEntries';
import { mapLabels } from './mapLabels';
import { parseMapMessage, type ExtensionToMap } from './messages';
import { tileOrigin } from './tiles';

const VIEW_TYPE = 'learningPlans.map';

type Mode = { kind: 'document'; document: vscode.TextDocument } | { kind: 'workspace' };

/** The map panel: one document's locations (draggable), or every plan of the workspace. */
export class MapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private mode: Mode | undefined;
  private ready = false;
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
    this.open(vscode.l10n.t('Map of {0}', document.uri.path.split('/').pop() ?? ''));
  }

  showWorkspace(): void {
    this.mode = { kind: 'workspace' };
    this.open(vscode.l10n.t('Map of the workspace'));
  }

  private open(title: string): void {
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.panel.title = title;
    if (this.ready) void this.refresh();
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('Learning Plans Map'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [media],
      },
    );
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
    const params: DocumentSummaryParams = { uri: document.uri.toString() };
    const summary = await this.client
      .sendRequest<DocumentSummary | null>(DOCUMENT_SUMMARY_REQUEST, params)
      .catch(() => null);
    if (!summary) return;
    const places = summary.places.flatMap((place) =>
      place.point
        ? [
            {
              lat: place.point.lat,
              lng: place.point.lng,
              line: place.point.line,
              country: place.country,
              inside: place.inside,
            },
          ]
        : [],
    );
    const highlight = summary.places.flatMap((place) => (place.numeric ? [place.numeric] : []));
    const heading = vscode.l10n.t('Map of {0}', document.uri.path.split('/').pop() ?? '');
    const uri = document.uri.toString();
    const labels = mapLabels(heading, vscode.l10n.t, vscode.env.language);
    await this.post({ type: 'document', uri, places, highlight, labels });
  }

  private async refreshWorkspace(): Promise<void> {
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Indexing learning plans'),
        cancellable: true,
      },
      (_progress, token) => this.client.sendRequest<WorkspaceIndexResult>(WORKSPACE_INDEX_REQUEST, {}, token),
    );
    const labels = mapLabels(vscode.l10n.t('Map of the workspace'), vscode.l10n.t, vscode.env.language);
    await this.post({
      type: 'workspace',
      entries: mapEntries(result.entries),
      complete: !result.cancelled,
      labels,
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseMapMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      return this.refresh();
    }
    if (message.type === 'open') return this.reveal(vscode.Uri.parse(message.uri), message.line);
    const document = this.mode?.kind === 'document' ? this.mode.document : undefined;
    if (!document) return;
    if (message.type === 'reveal') return this.reveal(document.uri, message.line);
    await moveLatlng(document, message.line, message.lat, message.lng);
  }

  private async reveal(uri: vscode.Uri, line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    });
    const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(
      new vscode.Range(position, position),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
  }

  private async post(message: ExtensionToMap): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Writes a dragged marker's place into its `[[latlng:…]]` tag: one edit, undone in one step. */
async function moveLatlng(
  document: vscode.TextDocument,
  line: number,
  lat: number,
  lng: number,
): Promise<void> {
  if (line >= document.lineCount) return;
  const text = document.lineAt(line).text;
  const match = /^(\s*\[\[\s*latlng\s*:)([^\]]*)(\]\])/i.exec(text);
  if (!match) return;
  const start = match[1]!.length;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(line, start, line, start + match[2]!.length), `${lat},${lng}`);
  await vscode.workspace.applyEdit(edit);
}
