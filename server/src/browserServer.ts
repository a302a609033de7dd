/**
 * The language server in a web worker, for vscode.dev and github.dev: the same service and handlers as the Node
 * server; the workspace's files and configuration come through the client, which reads them with VS Code's file
 * system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { BUNDLES } from './bundles';
import { clientFiles } from './lsp/clientFiles';
import { startServer } from './lsp/startServer';

/** The worker's global scope, which speaks to the extension through postMessage like a Worker does. */
const scope = self as unknown as Worker;

const RULES_DOC_URL = 'https://github.com/undp-accelerator-labs/learning-plans/blob/main/docs/rules.md';

startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), {
  files: clientFiles,
  configStopsAtFolders: true,
  rulesDocUrl: RULES_DOC_URL,
  bundles: BUNDLES,
});
