/** The portfolio as CSV (RFC 4180): one header line, one line per document, in the table's order. */
import type { PortfolioGoal, PortfolioRow } from '../service';
import { exportCells, exportHeader } from './cells';
import type { PortfolioLabels } from './labels';

/**
 * A cell as CSV writes it: quoted when it holds a separator, a quote or a line break. A text a spreadsheet would
 * read as a formula (=, +, -, @, a tab or a carriage return first) gets a leading apostrophe, so that opening the
 * file never runs what a document's author wrote.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function portfolioCsv(
  rows: readonly PortfolioRow[],
  labels: PortfolioLabels,
  goals: readonly PortfolioGoal[],
  pathOf: (uri: string) => string,
): string {
  const lines = [
    exportHeader(labels),
    ...rows.map((row) => exportCells(row, labels, goals, pathOf(row.uri))),
  ];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** What a CSV file starts with so that spreadsheets read it as UTF-8 (accented names stay right). */
export const CSV_BOM = '\uFEFF';
