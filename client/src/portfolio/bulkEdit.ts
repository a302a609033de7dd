import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { TagEditRequest, TagValuesRequest, type TagOperation } from '../../../server/src/protocol';
import { tagOperationProblem } from '../../../server/src/service';
import { pickOrType } from './pickOrType';

type Action = TagOperation['op'];

/** The keys a Lab edits most across documents; any other can be typed. */
const COMMON_KEYS = ['methods', 'thematic_areas', 'sdgs', 'datasources'];

/**
 * Adds, removes or renames one tag value in the chosen documents: the server writes the edits, VS Code's refactor
 * preview shows each before anything changes, and one undo takes them all back.
 */
export async function editTags(client: LanguageClient, uris: readonly string[]): Promise<void> {
  const title = (step: string) => vscode.l10n.t('Edit tags of {0} documents: {1}', uris.length, step);
  const action = await pickAction(title(vscode.l10n.t('what to do')));
  if (!action) return;
  const key = await pickOrType(
    title(vscode.l10n.t('tag key')),
    COMMON_KEYS.map((label) => ({ label })),
    (typed) => keyProblem(typed),
  );
  if (!key) return;
  const values = await client.sendRequest(TagValuesRequest, { uris: [...uris], key }).catch(() => null);
  const operation = await askValues(action, key, values, title);
  if (!operation) return;
  const result = await client.sendRequest(TagEditRequest, { uris: [...uris], operation });
  if (result.message) return void vscode.window.showErrorMessage(result.message);
  const skipped = result.skipped.map(
    (skip) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(skip.uri))}: ${skip.reason}`,
  );
  if (!result.edit) {
    const nothing = vscode.l10n.t('Nothing to change in the {0} documents.', uris.length);
    return void vscode.window.showInformationMessage([nothing, ...skipped].join(' '));
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied && skipped.length > 0)
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} documents were left as they were: {1}', skipped.length, skipped.join('; ')),
    );
}

async function pickAction(title: string): Promise<Action | undefined> {
  const items: (vscode.QuickPickItem & { action: Action })[] = [
    { label: vscode.l10n.t('Add a value'), action: 'add' },
    { label: vscode.l10n.t('Remove a value'), action: 'remove' },
    {
      label: vscode.l10n.t('Rename a value'),
      detail: vscode.l10n.t('Spell a value anew, or merge it into another'),
      action: 'rename',
    },
  ];
  return (await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true }))?.action;
}

function keyProblem(key: string): string | undefined {
  return tagOperationProblem({ op: 'add', key, value: 'x' }, vscode.l10n.t) ?? undefined;
}

function valueProblem(key: string, value: string): string | undefined {
  return tagOperationProblem({ op: 'add', key, value }, vscode.l10n.t) ?? undefined;
}

async function askValues(
  action: Action,
  key: string,
  values: { present: { value: string; count: number }[]; vocabulary: string[] } | null,
  title: (step: string) => string,
): Promise<TagOperation | undefined> {
  const present = (values?.present ?? []).map(({ value, count }) => ({
    label: value,
    description: vscode.l10n.t('in {0} of the selected documents', count),
  }));
  if (action === 'add') {
    const have = new Set(present.map((item) => item.label));
    const suggested = (values?.vocabulary ?? [])
      .filter((value) => !have.has(value))
      .map((label) => ({ label }));
    const value = await pickOrType(
      title(vscode.l10n.t('value to add')),
      [...suggested, ...present],
      (typed) => valueProblem(key, typed),
    );
    return value ? { op: 'add', key, value } : undefined;
  }
  if (present.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The selected documents have no {0} tag.', key));
    return undefined;
  }
  const label = action === 'remove' ? vscode.l10n.t('value to remove') : vscode.l10n.t('value to rename');
  const picked = await vscode.window.showQuickPick(present, { title: title(label), ignoreFocusOut: true });
  if (!picked) return undefined;
  if (action === 'remove') return { op: 'remove', key, value: picked.label };
  const to = await vscode.window.showInputBox({
    title: title(vscode.l10n.t('new value for "{0}"', picked.label)),
    value: picked.label,
    ignoreFocusOut: true,
    validateInput: (typed) =>
      tagOperationProblem({ op: 'rename', key, from: picked.label, to: typed }, vscode.l10n.t) ?? undefined,
  });
  return to ? { op: 'rename', key, from: picked.label, to } : undefined;
}
