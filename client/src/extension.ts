/** The extension on the desktop: the language server runs in Node. */
import type * as vscode from 'vscode';
import { activateWith, type Started } from './activate';
import { startLanguageClient } from './languageClient';

let started: Started | undefined;

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, async (output) => {
    started = await startLanguageClient(context, output);
    return started;
  });
}

export async function deactivate(): Promise<void> {
  await started?.client.stop();
}
