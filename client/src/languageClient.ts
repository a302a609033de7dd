import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { CLIENT_MIDDLEWARE } from './clientMiddleware';
import { DOCUMENT_SELECTOR } from './documentSelector';
import { workspaceWatchers } from './workspaceFiles';
import { SERVER_NODE_FLAGS, SETTINGS_SECTION } from '../../server/src/protocol';

export interface StartedClient extends vscode.Disposable {
  client: LanguageClient;
}

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
  const watchers = workspaceWatchers();
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions,
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watchers },
    middleware: CLIENT_MIDDLEWARE,
  };
  const client = new LanguageClient('learningPlans', 'Learning Plans', serverOptions, clientOptions);
  await client.start();
  return {
    client,
    dispose: () => {
      for (const watcher of watchers) watcher.dispose();
      void client.stop();
    },
  };
}
