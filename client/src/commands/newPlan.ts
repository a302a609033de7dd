import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  NewDocumentChoicesRequest,
  NewDocumentRequest,
  type NewDocumentParams,
} from '../../../server/src/protocol';

export const NEW_PLAN_COMMAND = 'learningPlans.newPlan';

/** Learning Plans: New Learning Plan… — pick the form, type the title, pick the country; opens an untitled document. */
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
      label: entry.name,
      description: entry.aliases.slice(0, 3).join(', '),
    })),
    {
      title: vscode.l10n.t('New Learning Plan: country'),
      placeHolder: vscode.l10n.t('Type to search (aliases too)'),
      matchOnDescription: true,
    },
  );
  const params: NewDocumentParams = { form: form.id, title, ...(country ? { country: country.label } : {}) };
  const result = await client.sendRequest(NewDocumentRequest, params);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(document);
}
