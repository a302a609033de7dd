import * as vscode from 'vscode';
import { SHOW_PORTFOLIO_COMMAND } from '../panels/portfolioPanel';

/** The portfolio one click away in the status bar, while a folder is open. */
export function portfolioStatusItem(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(
    'learningPlans.portfolio',
    vscode.StatusBarAlignment.Right,
    99,
  );
  item.name = vscode.l10n.t('Learning Plans Portfolio');
  item.text = `$(table) ${vscode.l10n.t('Portfolio')}`;
  item.tooltip = vscode.l10n.t('Every learning plan, experiment and solution of the workspace, in one table');
  item.command = SHOW_PORTFOLIO_COMMAND;
  const update = () => ((vscode.workspace.workspaceFolders?.length ?? 0) > 0 ? item.show() : item.hide());
  update();
  const folders = vscode.workspace.onDidChangeWorkspaceFolders(update);
  return vscode.Disposable.from(item, folders);
}
