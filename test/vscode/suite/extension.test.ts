/**
 * The end-to-end scenarios through the VS Code API, for VS Code desktop (@vscode/test-electron). The browser suite
 * (test/e2e) drives the same behaviour through the workbench's UI.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

const examples = join(__dirname, '..', '..', '..', '..', 'examples');

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

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

async function untitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(document);
}

describe('Learning Plans in VS Code', () => {
  it('activates on a plaintext seed and shows diagnostics that follow edits', async () => {
    const uri = vscode.Uri.file(join(examples, '001_eb28752f7019a392.txt'));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await diagnosticsFor(uri, (list) => list.some((d) => codeOf(d) === 'LP050'));
    assert.ok(vscode.extensions.getExtension('undp-accelerator-labs.learning-plans')?.isActive);
    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('[[year:'));
    const end = document.lineAt(line).range.end;
    await editor.edit((edit) => edit.delete(new vscode.Range(end.translate(0, -2), end)));
    const broken = await diagnosticsFor(uri, (list) => list.some((d) => codeOf(d) === 'LP001'));
    assert.ok(broken.some((d) => d.range.start.line === line));
    await editor.edit((edit) => edit.insert(document.lineAt(line).range.end, ']]'));
    await diagnosticsFor(uri, (list) => !list.some((d) => codeOf(d) === 'LP001'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('completes the 17 SDGs after `[[sdgs:` and Cape Verde from `Cabo`', async () => {
    const editor = await untitled('# Plan\n[[type:learningplan]]\n[[sdgs:\n[[country:Cabo\n');
    const uri = editor.document.uri;
    await diagnosticsFor(uri, () => true);
    const goals = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(2, 7),
    );
    assert.equal(goals.items.filter((item) => /^\d+\. /.test(String(item.label))).length, 17);
    const countries = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(3, 14),
    );
    assert.ok(countries.items.some((item) => item.label === 'Cape Verde'));
  });

  it('applies a quick fix: `SDG 5` becomes `5. Gender equality`', async () => {
    const editor = await untitled('# Plan\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n');
    const uri = editor.document.uri;
    const [finding] = (await diagnosticsFor(uri, (list) => list.some((d) => codeOf(d) === 'LP015'))).filter(
      (d) => codeOf(d) === 'LP015',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      finding!.range,
    );
    const fix = actions.find((action) => action.title === 'Change to "5. Gender equality"');
    assert.ok(fix?.edit);
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(editor.document.getText(), /\[\[sdgs:5\. Gender equality\]\]/);
  });

  it('opens the preview and the map in panels of their own', async () => {
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(vscode.Uri.file(join(examples, '001_eb28752f7019a392.txt'))),
    );
    const panels = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .flatMap((tab) => (tab.input instanceof vscode.TabInputWebview ? [tab.input.viewType] : []));
    await vscode.commands.executeCommand('learningPlans.openPreviewToSide');
    assert.ok(
      panels().some((type) => type.endsWith('learningPlans.preview')),
      String(panels()),
    );
    await vscode.commands.executeCommand('learningPlans.showMap');
    assert.ok(
      panels().some((type) => type.endsWith('learningPlans.map')),
      String(panels()),
    );
  });

  it('a whole-form snippet gives a document without error-level diagnostics', async () => {
    const editor = await untitled('');
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Action learning plan (plan form)',
    });
    await vscode.commands.executeCommand('leaveSnippet');
    const diagnostics = await diagnosticsFor(editor.document.uri, (list) => list.length > 0);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf),
      [],
    );
  });
});
