import * as vscode from 'vscode';
import { newPlan, NEW_PLAN_COMMAND } from './commands/newPlan';
import { startLanguageClient, type StartedClient } from './languageClient';

let started: StartedClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Learning Plans', { log: true });
  context.subscriptions.push(output);
  started = await startLanguageClient(context, output);
  const client = started.client;
  context.subscriptions.push(
    started,
    vscode.commands.registerCommand(NEW_PLAN_COMMAND, () => newPlan(client)),
  );
}

export async function deactivate(): Promise<void> {
  await started?.client.stop();
}
