import * as vscode from 'vscode';

/**
 * Opens a document with the cursor at the start of a line (clamped to the document), in the editor group that shows
 * it already, else in `column`: what a panel's marker, row or question does when it is activated.
 */
export async function revealLine(
  target: vscode.Uri | vscode.TextDocument,
  line: number,
  column: vscode.ViewColumn = vscode.ViewColumn.One,
): Promise<void> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : target;
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? column,
  });
  const position = new vscode.Position(Math.max(0, Math.min(line, document.lineCount - 1)), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(
    new vscode.Range(position, position),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport,
  );
}
