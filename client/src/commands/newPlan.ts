import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  NewDocumentChoicesRequest,
  NewDocumentRequest,
  type NewDocumentParams,
  type NewDocumentResult,
} from '../../../server/src/protocol';

export const NEW_PLAN_COMMAND = 'learningPlans.newPlan';

/**
 * Learning Plans: New Learning Plan… — pick the form, type the title, pick the country (by its name in the display
 * language); opens an untitled document that Save proposes to save as the title, with the cursor on the first tag to
 * fill.
 */
export async function newPlan(client: LanguageClient): Promise<void> {
  const choices = await client.sendRequest(NewDocumentChoicesRequest);
  const form = await vscode.window.showQuickPick(
    choices.forms.map((choice) => ({ label: choice.label, id: choice.id })),
    { title: vscode.l10n.t('New Learning Plan: form'), placeHolder: vscode.l10n.t('Which form?') },
  );
  if (!form) return;
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Learning Plan: title'),
    prompt: vscode.l10n.t('The name of your action learning plan'),
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A title is needed.') : undefined),
  });
  if (title === undefined) return;
  const country = await vscode.window.showQuickPick(
    choices.countries.map((entry) => ({
      label: entry.label,
      description: entry.aliases.slice(0, 3).join(', '),
      name: entry.name,
    })),
    {
      title: vscode.l10n.t('New Learning Plan: country'),
      placeHolder: vscode.l10n.t('Type to search (aliases too)'),
      matchOnDescription: true,
    },
  );
  const params: NewDocumentParams = { form: form.id, title, ...(country ? { country: country.name } : {}) };
  const result = await client.sendRequest(NewDocumentRequest, params);
  const document = await openUntitled(result);
  const editor = await vscode.window.showTextDocument(document);
  const empty = /\[\[[a-z_]+:\]\]/.exec(result.text);
  if (empty) {
    const position = document.positionAt(empty.index + empty[0].length - 2);
    editor.selection = new vscode.Selection(position, position);
  }
}

/**
 * An untitled document holding the text. In a folder it gets a path there, so that Save proposes the title as the
 * file name (an untitled document without one proposes its first line, `# Title`).
 */
async function openUntitled(result: NewDocumentResult): Promise<vscode.TextDocument> {
  const uri = await freeUntitledUri(result.fileName);
  if (!uri) return vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), result.text);
  await vscode.workspace.applyEdit(edit);
  return document;
}

/** `untitled:` with the path of a file not yet on disk nor open, in the active file's workspace folder or the first. */
async function freeUntitledUri(fileName: string): Promise<vscode.Uri | undefined> {
  const folder = homeFolder();
  if (!folder) return undefined;
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let count = 1; count < 100; count++) {
    const name = count === 1 ? fileName : `${stem} ${count}${extension}`;
    const target = vscode.Uri.joinPath(folder, name);
    const untitled = target.with({ scheme: 'untitled' });
    const open = vscode.workspace.textDocuments.some(
      (document) =>
        document.uri.toString() === untitled.toString() || document.uri.toString() === target.toString(),
    );
    if (!open && !(await exists(target))) return untitled;
  }
  return undefined;
}

function homeFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder =
    (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
