/**
 * Messages between the extension and the portfolio's webview, declared once for both sides. What the page sends is
 * checked against these shapes before anything is done: a document it names must be one the portfolio shows.
 */
import type { PortfolioLabels } from '../../../server/src/portfolio/labels';
import { parseFilter, type PortfolioFilter } from '../../../server/src/portfolio/filter';
import { parseView, type PortfolioView } from '../../../server/src/portfolio/view';
import type { PortfolioGoal, PortfolioRow } from '../../../server/src/service';

export type ExtensionToPortfolio =
  | {
      type: 'rows';
      rows: PortfolioRow[];
      goals: PortfolioGoal[];
      labels: PortfolioLabels;
      /** False when reading the workspace was cancelled: some documents are missing. */
      complete: boolean;
    }
  /** A filter to apply, from the command that opened the portfolio (the workspace map's, say). */
  | { type: 'filter'; filter: PortfolioFilter };

export type PortfolioToExtension =
  | { type: 'ready' }
  | { type: 'open'; uri: string; line: number }
  | { type: 'export'; format: 'csv' | 'xlsx'; view: PortfolioView }
  | { type: 'editTags'; uris: string[] }
  | { type: 'showOnMap'; filter: PortfolioFilter };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isLine = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 10_000_000;

/**
 * A message from the page, or null. `shown` says which documents the portfolio shows: the only ones the page may
 * ask to open or edit.
 */
export function parsePortfolioMessage(
  value: unknown,
  shown: ReadonlySet<string>,
): PortfolioToExtension | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
      return typeof value.uri === 'string' && shown.has(value.uri) && isLine(value.line)
        ? { type: 'open', uri: value.uri, line: value.line }
        : null;
    case 'export':
      return value.format === 'csv' || value.format === 'xlsx'
        ? { type: 'export', format: value.format, view: parseView(value.view) }
        : null;
    case 'editTags': {
      if (!Array.isArray(value.uris) || value.uris.length === 0 || value.uris.length > shown.size)
        return null;
      const uris = value.uris.filter((uri): uri is string => typeof uri === 'string' && shown.has(uri));
      return uris.length === value.uris.length ? { type: 'editTags', uris: [...new Set(uris)] } : null;
    }
    case 'showOnMap':
      return { type: 'showOnMap', filter: parseFilter(value.filter) };
    default:
      return null;
  }
}
