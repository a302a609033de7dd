/**
 * The portfolio as an Excel workbook, written by write-excel-file (MIT): one sheet, a bold header row that stays in
 * view, numbers as numbers. Values are written as text cells, never as formulas.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { PortfolioGoal, PortfolioRow } from '../service';
import { exportCells, exportHeader } from './cells';
import type { PortfolioLabels } from './labels';

const WIDTHS = [28, 48, 14, 14, 18, 16, 6, 40, 40, 10, 10, 8, 8, 20, 60];

export async function portfolioXlsx(
  rows: readonly PortfolioRow[],
  labels: PortfolioLabels,
  goals: readonly PortfolioGoal[],
  pathOf: (uri: string) => string,
): Promise<Uint8Array> {
  const header = exportHeader(labels).map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    exportCells(row, labels, goals, pathOf(row.uri)).map((value) =>
      typeof value === 'number' ? { value, type: Number } : { value, type: String },
    ),
  );
  const data = [header, ...body] as SheetData;
  const blob = await writeXlsxFile(data, {
    sheet: labels.heading.slice(0, 31),
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
