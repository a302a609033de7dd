import * as vscode from 'vscode';

/**
 * The document a panel's page kept in its saved state, opened again after a reload of the window: undefined when the
 * page kept none, null when it is gone (deleted, or its folder no longer open).
 */
export async function savedDocument(uri: unknown): Promise<vscode.TextDocument | null | undefined> {
  if (typeof uri !== 'string') return undefined;
  return vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)).then(
    (document) => document,
    () => null,
  );
}
