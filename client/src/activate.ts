import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { newPlan, NEW_PLAN_COMMAND } from './commands/newPlan';
import { learningPlanTags } from './markdownItTags';
import { MAP_VIEW_TYPE, MapPanel } from './panels/mapPanel';
import {
  PORTFOLIO_VIEW_TYPE,
  PortfolioPanel,
  SHOW_PORTFOLIO_COMMAND,
  SHOW_WORKSPACE_MAP_COMMAND,
} from './panels/portfolioPanel';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './panels/previewPanel';
import { isCandidate, isPlan, PlanDocuments } from './planDocuments';
import { portfolioStatusItem } from './portfolio/statusItem';
import { ReadinessStatus } from './statusBar';

export interface Started extends vscode.Disposable {
  client: BaseLanguageClient;
}

/**
 * The portfolio and the workspace map, each with an optional filter (plain data, the portfolio's): each opens the
 * other with its own.
 */
function workspaceViewCommands(portfolio: PortfolioPanel, map: MapPanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SHOW_PORTFOLIO_COMMAND, (filter?: unknown) => portfolio.show(filter)),
    vscode.commands.registerCommand(SHOW_WORKSPACE_MAP_COMMAND, (filter?: unknown) =>
      map.showWorkspace(filter),
    ),
  ];
}

/** The preview, the maps and the portfolio left open come back when the window is reloaded. */
function panelSerializers(
  preview: PreviewPanel,
  map: MapPanel,
  portfolio: PortfolioPanel,
): vscode.Disposable[] {
  return [
    vscode.window.registerWebviewPanelSerializer(MAP_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => map.restore(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => preview.restore(panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(PORTFOLIO_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => portfolio.restore(panel),
    }),
  ];
}

/**
 * What the extension does once its language client runs, the same on the desktop (a Node server) and on vscode.dev
 * (the server in a web worker): the commands, the panels, the status bar, the Markdown preview's chips.
 */
export async function activateWith(
  context: vscode.ExtensionContext,
  startClient: (output: vscode.LogOutputChannel) => Promise<Started>,
) {
  const output = vscode.window.createOutputChannel('Learning Plans', { log: true });
  context.subscriptions.push(output);
  const started = await startClient(output);
  const client = started.client;
  const plans = new PlanDocuments(client);
  const preview = new PreviewPanel(context.extensionUri, client, plans);
  const map = new MapPanel(context.extensionUri, client);
  const status = new ReadinessStatus(plans);
  const portfolio = new PortfolioPanel(context.extensionUri, client);
  const activeDocument = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document && isCandidate(document)) return document;
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a learning plan (a Markdown or text document) first.'),
    );
    return undefined;
  };
  context.subscriptions.push(
    started,
    plans,
    preview,
    map,
    status,
    portfolio,
    portfolioStatusItem(),
    ...workspaceViewCommands(portfolio, map),
    ...panelSerializers(preview, map, portfolio),
    vscode.commands.registerCommand(NEW_PLAN_COMMAND, () => newPlan(client)),
    vscode.commands.registerCommand('learningPlans.openPreview', async () => {
      const document = activeDocument();
      if (document) await preview.open(document, vscode.ViewColumn.Active);
    }),
    vscode.commands.registerCommand('learningPlans.openPreviewToSide', async () => {
      const document = activeDocument();
      if (document) await preview.open(document, vscode.ViewColumn.Beside);
    }),
    vscode.commands.registerCommand('learningPlans.showMap', async () => {
      const document = activeDocument();
      if (!document) return;
      if (isPlan(await plans.summary(document))) map.showDocument(document);
      else
        void vscode.window.showInformationMessage(
          vscode.l10n.t('This document is not a learning plan: it has no places to map.'),
        );
    }),
  );
  return {
    /** VS Code's Markdown preview calls this to let the extension add its markdown-it plugin. */
    extendMarkdownIt(md: Parameters<typeof learningPlanTags>[0]) {
      learningPlanTags(md);
      return md;
    },
  };
}
