/**
 * The portfolio's page: the table of every document with its filters, grouping, selection and charts. It keeps the
 * reader's arrangement in the webview's state, so that a hidden panel comes back as it was left.
 */
import { chartFigure, portfolioCharts } from '../../server/src/portfolio/charts';
import { parseFilter, prepareSearch, type PortfolioFilter } from '../../server/src/portfolio/filter';
import { fill, type PortfolioLabels } from '../../server/src/portfolio/labels';
import {
  arrange,
  facets,
  parseView,
  visibleRows,
  type ColumnId,
  type ViewItem,
} from '../../server/src/portfolio/view';
import type { PortfolioGoal, PortfolioRow } from '../../server/src/service';
import type { ExtensionToPortfolio, PortfolioToExtension } from '../src/panels/portfolioMessages';
import { statusText } from './portfolioRows';
import { VirtualTable } from './portfolioTable';
import { buildToolbar, type Toolbar, type ToolbarHandlers } from './portfolioToolbar';
import { vscode } from './vscodeApi';

/** The webview's handle also keeps state while the panel is hidden. */
const api = vscode as typeof vscode & { getState(): unknown; setState(state: unknown): void };
const send = (message: PortfolioToExtension) => api.postMessage(message);

interface SavedState {
  view: ReturnType<typeof parseView>;
  selected: string[];
  charts: boolean;
  scrollTop: number;
  focused: number;
}

function restore(): SavedState {
  const saved = (api.getState() ?? {}) as Partial<Record<keyof SavedState, unknown>>;
  return {
    view: parseView(saved.view),
    selected: Array.isArray(saved.selected) ? saved.selected.filter((uri) => typeof uri === 'string') : [],
    charts: saved.charts === true,
    scrollTop: typeof saved.scrollTop === 'number' ? saved.scrollTop : 0,
    focused: Number.isInteger(saved.focused) ? (saved.focused as number) : -1,
  };
}

const state = restore();
const selected = new Set(state.selected);
let rows: PortfolioRow[] = [];
let goals: PortfolioGoal[] = [];
let labels: PortfolioLabels | undefined;
let items: ViewItem[] = [];
let lastToggled: string | undefined;
let toolbar: Toolbar | undefined;
let toolbarChoices = '';

const root = document.getElementById('lp-root')!;
const heading = document.createElement('h1');
heading.className = 'lp-visually-hidden';
const status = document.createElement('p');
status.id = 'lp-status';
status.setAttribute('role', 'status');
status.textContent = document.body.dataset.loading ?? '';
const charts = document.createElement('section');
charts.id = 'lp-charts';
charts.hidden = true;
const message = document.createElement('p');
message.className = 'lp-message';
message.hidden = true;
const hint = document.createElement('p');
hint.id = 'lp-hint';
hint.className = 'lp-hint';
const toolbarSlot = document.createElement('div');

const table = new VirtualTable({
  open: (row) => send({ type: 'open', uri: row.uri, line: row.line }),
  toggle: (row, extend) => toggle(row, extend),
  sort: (column) => sortBy(column),
  selectAll: (checked) => {
    for (const row of visibleRows(rows, state.view)) {
      if (checked) selected.add(row.uri);
      else selected.delete(row.uri);
    }
    update(false);
  },
});
table.scroller.addEventListener('scroll', () => save());
root.append(heading, toolbarSlot, status, charts, message, table.scroller, hint);

function save(): void {
  api.setState({ ...state, selected: [...selected], scrollTop: table.scrollTop, focused: table.focused });
}

function toggle(row: PortfolioRow, extend: boolean): void {
  const rowsShown = items.flatMap((item) => (item.type === 'row' ? [item.row.uri] : []));
  const from = lastToggled ? rowsShown.indexOf(lastToggled) : -1;
  const to = rowsShown.indexOf(row.uri);
  const adding = !selected.has(row.uri);
  const range = extend && from >= 0 ? rowsShown.slice(Math.min(from, to), Math.max(from, to) + 1) : [row.uri];
  for (const uri of range) {
    if (adding) selected.add(uri);
    else selected.delete(uri);
  }
  lastToggled = row.uri;
  update(false);
}

function sortBy(column: ColumnId): void {
  const same = state.view.sort.column === column;
  state.view.sort = { column, descending: same ? !state.view.sort.descending : false };
  update(false);
  if (labels) {
    const name = labels.columns[column];
    const sorted = state.view.sort.descending ? labels.sortedDescending : labels.sortedAscending;
    status.textContent = `${status.textContent} · ${fill(sorted, name)}`;
  }
}

function setFilter(change: PortfolioFilter): void {
  const merged: Record<string, unknown> = { ...state.view.filter, ...change };
  for (const [key, value] of Object.entries(merged))
    if (value === '' || value === undefined) delete merged[key];
  state.view.filter = parseFilter(merged);
  update(true);
}

/** Arranges the rows as the view says and shows them, with the counts said in the live region. */
function update(reset: boolean): void {
  if (!labels) return;
  const arranged = arrange(rows, state.view);
  items = arranged.items;
  const shownUris = items.flatMap((item) => (item.type === 'row' ? [item.row.uri] : []));
  const allSelected = shownUris.length > 0 && shownUris.every((uri) => selected.has(uri));
  table.setHeader(labels, state.view.sort, allSelected);
  const goalMap = new Map(goals.map((goal) => [goal.number, goal]));
  table.setItems(items, { labels, goals: goalMap, selected, columns: 10, group: state.view.group }, reset);
  status.textContent = statusText(arranged.shown, rows.length, selected.size, labels);
  message.hidden = arranged.shown > 0;
  message.textContent = rows.length === 0 ? labels.empty : labels.noMatch;
  toolbar?.setSelection(selected.size);
  if (!charts.hidden) drawCharts();
  save();
}

function drawCharts(): void {
  if (!labels) return;
  const shown = items.flatMap((item) => (item.type === 'row' ? [item.row] : []));
  // The figures are built from escaped text by the shared chart module; nothing of a document is markup here.
  charts.innerHTML = portfolioCharts(shown, goals, labels)
    .map((chart) => chartFigure(chart, labels!, 'lp-chart'))
    .join('');
}

function showRows(message: Extract<ExtensionToPortfolio, { type: 'rows' }>): void {
  const first = labels === undefined;
  rows = message.rows;
  goals = message.goals;
  labels = message.labels;
  heading.textContent = labels.heading;
  hint.textContent = message.complete ? labels.openHint : `${labels.incomplete} ${labels.openHint}`;
  const present = new Set(rows.map((row) => row.uri));
  for (const uri of [...selected]) if (!present.has(uri)) selected.delete(uri);
  // The controls are built again only when their choices change: a live update must not take a click or the focus.
  const offered = facets(rows);
  const choices = JSON.stringify([offered, labels]);
  if (choices !== toolbarChoices || !toolbar) {
    toolbarChoices = choices;
    placeToolbar(buildToolbar(offered, labels, goals, toolbarHandlers()));
  }
  charts.hidden = !state.charts;
  toolbar!.setCharts(state.charts);
  update(false);
  if (first) {
    table.focused = state.focused;
    table.scrollTop = state.scrollTop;
  }
  root.dataset.rows = String(rows.length);
  // The words a search looks in are read while the page is idle, not on the first keystroke.
  const shownRows = rows;
  requestIdleCallback(() => prepareSearch(shownRows));
}

function placeToolbar(built: Toolbar): void {
  toolbar = built;
  // The focus is given back only when the page has it: a live update must not take it from the editor, nor close
  // a quick input the reader is answering (VS Code moves its focus to a webview that focuses an element).
  const focusedId = document.hasFocus() ? document.activeElement?.id : undefined;
  toolbarSlot.replaceChildren(built.element);
  if (focusedId) document.getElementById(focusedId)?.focus();
  built.reflect(state.view.filter, state.view.group);
}

function toolbarHandlers(): ToolbarHandlers {
  return {
    filter: setFilter,
    group: (by) => {
      state.view.group = by;
      update(true);
    },
    clearFilters: () => {
      state.view.filter = {};
      toolbar?.reflect(state.view.filter, state.view.group);
      update(true);
    },
    editTags: () =>
      send({ type: 'editTags', uris: rows.filter((row) => selected.has(row.uri)).map((row) => row.uri) }),
    clearSelection: () => {
      selected.clear();
      update(false);
    },
    exportAs: (format) => send({ type: 'export', format, view: state.view }),
    showOnMap: () => send({ type: 'showOnMap', filter: state.view.filter }),
    toggleCharts: () => {
      state.charts = !state.charts;
      charts.hidden = !state.charts;
      toolbar?.setCharts(state.charts);
      update(false);
    },
  };
}

window.addEventListener('message', (event: MessageEvent<ExtensionToPortfolio>) => {
  const data = event.data;
  if (data?.type === 'rows' && Array.isArray(data.rows) && Array.isArray(data.goals)) showRows(data);
  else if (data?.type === 'filter') {
    state.view.filter = parseFilter(data.filter);
    toolbar?.reflect(state.view.filter, state.view.group);
    update(true);
  }
});

send({ type: 'ready' });
