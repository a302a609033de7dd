import * as vscode from 'vscode';
import { startLanguageClient, type StartedClient } from './languageClient';

let started: StartedClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Learning Plans', { log: true });
  context.subscriptions.push(output);
  started = await startLanguageClient(context, output);
  context.subscriptions.push(started);
}

export async function deactivate(): Promise<void> {
  await started?.client.stop();
}
