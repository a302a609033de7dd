/**
 * One line of the portfolio's table, built with DOM calls: every value a document gives is set as text, never
 * parsed as markup. Colours set from data (a goal's) go through the style object, which the page's CSP allows.
 */
import {
  completenessText,
  formText,
  kindText,
  problemsText,
  readinessText,
  sdgText,
  titleText,
} from '../../server/src/portfolio/cells';
import { textColourOn } from '../../server/src/portfolio/contrast';
import { fill, type PortfolioLabels } from '../../server/src/portfolio/labels';
import type { GroupBy, ViewItem } from '../../server/src/portfolio/view';
import type { PortfolioGoal, PortfolioRow } from '../../server/src/service';

export interface RowContext {
  labels: PortfolioLabels;
  goals: ReadonlyMap<number, PortfolioGoal>;
  selected: ReadonlySet<string>;
  columns: number;
  group: GroupBy;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function hidden(text: string): HTMLSpanElement {
  return element('span', 'lp-visually-hidden', text);
}

/** A line of the table: a group's heading, or a document's row. */
export function itemElement(item: ViewItem, index: number, context: RowContext): HTMLTableRowElement {
  return item.type === 'group' ? groupRow(item, index, context) : documentRow(item.row, index, context);
}

function groupRow(item: Extract<ViewItem, { type: 'group' }>, index: number, context: RowContext) {
  const { labels } = context;
  const tr = element('tr', 'lp-group');
  tr.setAttribute('aria-rowindex', String(index + 2));
  const name = item.key ?? (context.group === 'country' ? labels.noCountry : labels.noYear);
  const th = element('th', '', fill(labels.group, name, item.count));
  th.scope = 'row';
  th.colSpan = context.columns;
  tr.append(th);
  return tr;
}

function documentRow(row: PortfolioRow, index: number, context: RowContext): HTMLTableRowElement {
  const { labels } = context;
  const tr = element('tr', 'lp-row');
  tr.dataset.uri = row.uri;
  tr.dataset.index = String(index);
  tr.dataset.line = String(row.line);
  tr.tabIndex = -1;
  tr.setAttribute('aria-rowindex', String(index + 2));
  const selected = context.selected.has(row.uri);
  tr.classList.toggle('lp-selected', selected);
  const select = element('td', 'lp-select');
  const box = element('input');
  box.type = 'checkbox';
  box.tabIndex = -1;
  box.checked = selected;
  box.setAttribute('aria-label', fill(labels.select, titleText(row, labels)));
  select.append(box);
  const title = element('th', 'lp-title', titleText(row, labels));
  title.scope = 'row';
  title.title = titleText(row, labels);
  const form = formText(row, labels);
  const kind = element('td', '', form || kindText(row, labels));
  kind.title = form ? `${kindText(row, labels)} · ${form}` : kindText(row, labels);
  tr.append(select, title, kind, countryCell(row), element('td', '', row.year ?? ''));
  tr.append(sdgCell(row, context), methodsCell(row), completenessCell(row, labels));
  tr.append(problemsCell(row, labels), readinessCell(row, labels));
  return tr;
}

function countryCell(row: PortfolioRow): HTMLTableCellElement {
  const cell = element('td');
  if (row.flag) {
    const flag = element('span', 'lp-flag', `${row.flag} `);
    flag.setAttribute('aria-hidden', 'true');
    cell.append(flag);
  }
  cell.append(row.country ?? '');
  cell.title = row.country ?? '';
  return cell;
}

function sdgCell(row: PortfolioRow, context: RowContext): HTMLTableCellElement {
  const cell = element('td');
  const names = row.sdgs.map((number) => sdgText(number, [...context.goals.values()]));
  cell.title = names.join('\n');
  row.sdgs.forEach((number, index) => {
    const chip = element('span', `lp-chip lp-sdg-${number}`, String(number));
    const colour = context.goals.get(number)?.colour;
    if (colour && /^#[0-9a-f]{6}$/i.test(colour)) {
      chip.style.backgroundColor = colour;
      chip.style.color = textColourOn(colour);
    }
    chip.setAttribute('aria-hidden', 'true');
    cell.append(chip);
    cell.append(hidden(`${names[index]}${index < row.sdgs.length - 1 ? ', ' : ''}`));
  });
  return cell;
}

function methodsCell(row: PortfolioRow): HTMLTableCellElement {
  const cell = element('td', '', row.methods.join(', '));
  cell.title = row.methods.join('\n');
  return cell;
}

function completenessCell(row: PortfolioRow, labels: PortfolioLabels): HTMLTableCellElement {
  const cell = element('td');
  if (row.total > 0) {
    const meter = element('span', 'lp-meter');
    meter.setAttribute('aria-hidden', 'true');
    const bar = element('span');
    bar.style.width = `${Math.round((row.answered / row.total) * 100)}%`;
    meter.append(bar);
    cell.append(meter);
  }
  cell.append(completenessText(row, labels));
  return cell;
}

function problemsCell(row: PortfolioRow, labels: PortfolioLabels): HTMLTableCellElement {
  const cell = element('td');
  const said = problemsText(row, labels);
  cell.title = said;
  if (row.errors === 0 && row.warnings === 0) {
    cell.append(element('span', '', '—'), hidden(said));
    return cell;
  }
  for (const [count, className, icon] of [
    [row.errors, 'lp-errors', '✖'],
    [row.warnings, 'lp-warnings', '⚠'],
  ] as const) {
    if (count === 0) continue;
    const mark = element('span', className, icon);
    mark.setAttribute('aria-hidden', 'true');
    const number = element('span', 'lp-count', `${count} `);
    number.setAttribute('aria-hidden', 'true');
    cell.append(mark, number);
  }
  cell.append(hidden(said));
  return cell;
}

function readinessCell(row: PortfolioRow, labels: PortfolioLabels): HTMLTableCellElement {
  const said = readinessText(row, labels);
  const cell = element('td');
  cell.title = [
    said,
    ...row.blockers.slice(1).map((blocker) => `${blocker.subject} — ${blocker.message}`),
  ].join('\n');
  if (row.readiness !== 'none') {
    const icon = element('span', `lp-${row.readiness}`, row.readiness === 'ready' ? '✔ ' : '✖ ');
    icon.setAttribute('aria-hidden', 'true');
    cell.append(icon);
  }
  cell.append(said);
  return cell;
}

/** The words of the live region: how many are shown, of how many, and how many are selected. */
export function statusText(shown: number, total: number, selected: number, labels: PortfolioLabels): string {
  const counts = fill(labels.shownOf, shown, total);
  return selected > 0 ? `${counts} · ${fill(labels.selected, selected)}` : counts;
}
