import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { SERVER_NODE_FLAGS, SETTINGS_SECTION } from '../../server/src/protocol';

export interface StartedClient extends vscode.Disposable {
  client: LanguageClient;
}

/** Learning plans are Markdown in the archive and plain text as seeds: the server decides by content which are ours. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];

export async function startLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): Promise<StartedClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] },
    },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const watcher = vscode.workspace.createFileSystemWatcher('**/.learningplans.yaml');
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions,
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watcher },
  };
  const client = new LanguageClient('learningPlans', 'Learning Plans', serverOptions, clientOptions);
  await client.start();
  return {
    client,
    dispose: () => {
      watcher.dispose();
      void client.stop();
    },
  };
}
