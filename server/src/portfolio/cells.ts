/** What each row says in words: the table's cells and the exported files' columns, in the display language. */
import type { PortfolioGoal, PortfolioRow } from '../service';
import { fill, plural, type PortfolioLabels } from './labels';

export function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function titleText(row: PortfolioRow, labels: PortfolioLabels): string {
  return row.title.trim() !== '' ? row.title : fill(labels.untitled, fileName(row.uri));
}

export function kindText(row: PortfolioRow, labels: PortfolioLabels): string {
  return labels.kinds[row.kind] ?? row.kind;
}

/** The form, with its edition when the form has several: "Closing form (learning challenge)". */
export function formText(row: PortfolioRow, labels: PortfolioLabels): string {
  if (!row.form) return '';
  const form = labels.forms[row.form] ?? row.form;
  const edition = editionText(row, labels);
  return edition ? `${form} (${edition})` : form;
}

export function editionText(row: PortfolioRow, labels: PortfolioLabels): string {
  return row.edition ? (labels.editions[`${row.form}:${row.edition}`] ?? row.edition) : '';
}

export function completenessText(row: PortfolioRow, labels: PortfolioLabels): string {
  return row.total === 0 ? labels.nothingAsked : fill(labels.answered, row.answered, row.total);
}

export function problemsText(row: PortfolioRow, labels: PortfolioLabels): string {
  if (row.errors === 0 && row.warnings === 0) return labels.noProblems;
  return [
    row.errors > 0 ? plural(labels.errors, row.errors, labels.locale) : '',
    row.warnings > 0 ? plural(labels.warnings, row.warnings, labels.locale) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The verdict: ready, not for the platform, or the first thing that blocks it (and how many more). */
export function readinessText(row: PortfolioRow, labels: PortfolioLabels): string {
  if (row.readiness !== 'blocked') return labels.readiness[row.readiness];
  const first = row.blockers[0];
  if (!first) return labels.readiness.blocked;
  const said = `${labels.readiness.blocked}: ${blockerText(first)}`;
  return row.blockerCount > 1 ? fill(labels.blockedMore, said, row.blockerCount - 1) : said;
}

export function blockerText(blocker: { subject: string; message: string }): string {
  return `${blocker.subject} — ${blocker.message}`;
}

export function sdgText(number: number, goals: readonly PortfolioGoal[]): string {
  const goal = goals.find((candidate) => candidate.number === number);
  return goal ? `${number}. ${goal.name}` : String(number);
}

/** One row as the exported files write it: a column per fact, numbers as numbers. */
export function exportCells(
  row: PortfolioRow,
  labels: PortfolioLabels,
  goals: readonly PortfolioGoal[],
  path: string,
): (string | number)[] {
  return [
    path,
    row.title,
    kindText(row, labels),
    row.form ? (labels.forms[row.form] ?? row.form) : '',
    editionText(row, labels),
    row.country ?? '',
    row.year ?? '',
    row.sdgs.map((number) => sdgText(number, goals)).join('; '),
    row.methods.join('; '),
    row.answered,
    row.total,
    row.errors,
    row.warnings,
    labels.readiness[row.readiness],
    row.blockers.map(blockerText).join('; ') +
      (row.blockerCount > row.blockers.length ? ` (+${row.blockerCount - row.blockers.length})` : ''),
  ];
}

export function exportHeader(labels: PortfolioLabels): string[] {
  const columns = labels.exportColumns;
  return [
    columns.file,
    columns.title,
    columns.kind,
    columns.form,
    columns.edition,
    columns.country,
    columns.year,
    columns.sdgs,
    columns.methods,
    columns.answered,
    columns.asked,
    columns.errors,
    columns.warnings,
    columns.readiness,
    columns.blockers,
  ];
}
