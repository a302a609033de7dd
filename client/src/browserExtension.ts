/** The extension on vscode.dev and github.dev: the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { SETTINGS_SECTION } from '../../server/src/protocol';
import { activateWith, type Started } from './activate';
import { CLIENT_MIDDLEWARE } from './clientMiddleware';
import { DOCUMENT_SELECTOR } from './documentSelector';
import { serveWorkspaceFiles, workspaceWatchers } from './workspaceFiles';

let started: Started | undefined;

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, async (output) => {
    const worker = new Worker(
      vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true),
    );
    const watchers = workspaceWatchers();
    const client = new LanguageClient('learningPlans', 'Learning Plans', worker, {
      documentSelector: [
        ...DOCUMENT_SELECTOR,
        { language: 'markdown', scheme: 'vscode-vfs' },
        { language: 'plaintext', scheme: 'vscode-vfs' },
      ],
      outputChannel: output,
      initializationOptions: { locale: vscode.env.language },
      synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watchers },
      middleware: CLIENT_MIDDLEWARE,
    });
    // Registered before the start: the server asks for the workspace's files as soon as it is initialized.
    const served = serveWorkspaceFiles(client);
    await client.start();
    started = {
      client,
      dispose: () => {
        for (const disposable of [...served, ...watchers]) disposable.dispose();
        void client.stop();
      },
    };
    return started;
  });
}

export async function deactivate(): Promise<void> {
  await started?.client.stop();
}
