import * as vscode from 'vscode';
import { CSV_BOM, portfolioCsv } from '../../../server/src/portfolio/csv';
import { plural, type PortfolioLabels } from '../../../server/src/portfolio/labels';
import { visibleRows, type PortfolioView } from '../../../server/src/portfolio/view';
import { portfolioXlsx } from '../../../server/src/portfolio/xlsx';
import type { PortfolioGoal, PortfolioRow } from '../../../server/src/protocol';

/**
 * Writes the table as the reader arranged it (filtered, in its order) to a CSV or XLSX file of their choice. The rows
 * are the extension's own, arranged by the same rules as the page's: the page only says how.
 */
export async function exportPortfolio(
  format: 'csv' | 'xlsx',
  rows: readonly PortfolioRow[],
  goals: readonly PortfolioGoal[],
  view: PortfolioView,
  labels: PortfolioLabels,
): Promise<void> {
  const shown = visibleRows(rows, view);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `portfolio.${format}`;
  const target = await vscode.window.showSaveDialog({
    title: format === 'csv' ? labels.exportCsv : labels.exportXlsx,
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: format === 'csv' ? { CSV: ['csv'] } : { Excel: ['xlsx'] },
  });
  if (!target) return;
  const pathOf = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
  try {
    const bytes =
      format === 'csv'
        ? new TextEncoder().encode(CSV_BOM + portfolioCsv(shown, labels, goals, pathOf))
        : await portfolioXlsx(shown, labels, goals, pathOf);
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Could not write {0}: {1}',
        target.fsPath,
        error instanceof Error ? error.message : String(error),
      ),
    );
    return;
  }
  const open = vscode.l10n.t('Reveal');
  const said = vscode.l10n.t(
    'Exported {0} to {1}.',
    plural(labels.documents, shown.length, labels.locale),
    pathOf(target.toString()),
  );
  const choice = await vscode.window.showInformationMessage(said, open);
  if (choice === open) await vscode.commands.executeCommand('revealInExplorer', target);
}
