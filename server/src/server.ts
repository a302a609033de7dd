/**
 * The language server for Node: `node dist/server.js --stdio` (or --node-ipc, --socket=N), as VS Code,
 * Neovim or Helix start it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigSource } from './lsp/nodeConfigSource';
import { BUNDLES } from './bundles';
import { startServer } from './lsp/startServer';
import { nodeFileSystem } from './lsp/workspace/nodeFileSystem';

/** The rules' pages ship with the extension; link to them on disk so that they open offline. */
function rulesDocUrl(): string {
  const local = join(__dirname, '..', 'docs', 'rules.md');
  return existsSync(local)
    ? pathToFileURL(local).href
    : 'https://github.com/undp-accelerator-labs/learning-plans/blob/main/docs/rules.md';
}

startServer(createConnection(ProposedFeatures.all), {
  configSource: nodeConfigSource,
  fileSystem: nodeFileSystem,
  rulesDocUrl: rulesDocUrl(),
  bundles: BUNDLES,
});
