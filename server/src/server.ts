/**
 * The language server for Node: `node dist/server.js --stdio` (or --node-ipc, --socket=N), as VS Code,
 * Neovim or Helix start it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BUNDLES } from './bundles';
import { listNodeDocuments, readNodeFile } from './hosts/nodeFiles';
import { startServer } from './lsp/startServer';

/** The rules' pages ship with the extension; link to them on disk so that they open offline. */
function rulesDocUrl(): string {
  const local = join(__dirname, '..', 'docs', 'rules.md');
  return existsSync(local)
    ? pathToFileURL(local).href
    : 'https://github.com/undp-accelerator-labs/learning-plans/blob/main/docs/rules.md';
}

startServer(createConnection(ProposedFeatures.all), {
  files: () => ({ readFile: readNodeFile, listDocuments: listNodeDocuments }),
  rulesDocUrl: rulesDocUrl(),
  bundles: BUNDLES,
});
