import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

const examples = join(__dirname, '..', '..', '..', '..', 'examples');

/** Resolves when the document's diagnostics from our server satisfy the predicate. */
function diagnosticsFor(
  uri: vscode.Uri,
  predicate: (list: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'learning-plans');
  return new Promise((resolve) => {
    if (predicate(ours())) return resolve(ours());
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !predicate(ours())) return;
      subscription.dispose();
      resolve(ours());
    });
  });
}

describe('Learning Plans in VS Code', () => {
  it('activates on a plaintext seed and shows diagnostics that follow edits', async () => {
    const uri = vscode.Uri.file(join(examples, '001_eb28752f7019a392.txt'));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsFor(uri, () => true);
    assert.ok(vscode.extensions.getExtension('undp-accelerator-labs.learning-plans')?.isActive);

    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('[[year:'));
    const end = document.lineAt(line).range.end;
    await editor.edit((edit) => edit.delete(new vscode.Range(end.translate(0, -2), end)));
    const broken = await diagnosticsFor(uri, (list) =>
      list.some((d) => d.code === 'LP001' || (d.code as { value?: string })?.value === 'LP001'),
    );
    assert.ok(broken.some((d) => d.range.start.line === line));

    await editor.edit((edit) => edit.insert(document.lineAt(line).range.end, ']]'));
    await diagnosticsFor(
      uri,
      (list) => !list.some((d) => (d.code as { value?: string })?.value === 'LP001' || d.code === 'LP001'),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
