/**
 * The portfolio's table: a real `<table>` whose body holds only the lines in view (and a few around them), with
 * spacers above and below, so that ten thousand documents scroll as smoothly as ten. Screen readers hear the whole
 * table's size (aria-rowcount) and each line's place in it (aria-rowindex); the keyboard moves a focused row.
 */
import { COLUMNS, type ColumnId, type PortfolioSort, type ViewItem } from '../../server/src/portfolio/view';
import type { PortfolioLabels } from '../../server/src/portfolio/labels';
import type { PortfolioRow } from '../../server/src/service';
import { itemElement, type RowContext } from './portfolioRows';

/** Every line's height in pixels: the stylesheet's --lp-row. */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

export interface TableHandlers {
  open(row: PortfolioRow): void;
  toggle(row: PortfolioRow, extend: boolean): void;
  sort(column: ColumnId): void;
  selectAll(checked: boolean): void;
}

export class VirtualTable {
  readonly scroller = document.createElement('div');
  private readonly table = document.createElement('table');
  private readonly head = document.createElement('thead');
  private readonly body = document.createElement('tbody');
  private readonly selectAll = document.createElement('input');
  private items: ViewItem[] = [];
  private context: RowContext | undefined;
  private focusIndex = -1;
  private frame = 0;

  constructor(private readonly handlers: TableHandlers) {
    this.scroller.className = 'lp-scroller';
    this.table.id = 'lp-table';
    this.table.setAttribute('aria-describedby', 'lp-hint');
    const colgroup = document.createElement('colgroup');
    for (const name of ['select', ...COLUMNS]) {
      const col = document.createElement('col');
      col.className = `lp-col-${name}`;
      colgroup.append(col);
    }
    this.table.append(document.createElement('caption'), colgroup, this.head, this.body);
    this.table.caption!.className = 'lp-visually-hidden';
    this.scroller.append(this.table);
    this.scroller.addEventListener('scroll', () => this.schedule());
    this.body.addEventListener('click', (event) => this.click(event));
    this.body.addEventListener('keydown', (event) => this.key(event));
    this.selectAll.type = 'checkbox';
    this.selectAll.addEventListener('change', () => this.handlers.selectAll(this.selectAll.checked));
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
  }

  /** The header row: a button per column, the sorted one marked with aria-sort. */
  setHeader(labels: PortfolioLabels, sort: PortfolioSort, allSelected: boolean): void {
    // A column sorted from the keyboard keeps the focus on its button, drawn again with its new aria-sort.
    const active = document.hasFocus() ? document.activeElement : null;
    const focused = active && this.head.contains(active) ? (active as HTMLElement).dataset.column : undefined;
    const selectAllFocused = active === this.selectAll;
    this.table.caption!.textContent = labels.heading;
    const row = document.createElement('tr');
    row.setAttribute('aria-rowindex', '1');
    const select = document.createElement('th');
    select.scope = 'col';
    select.className = 'lp-select';
    this.selectAll.setAttribute('aria-label', labels.selectAll);
    this.selectAll.checked = allSelected;
    select.append(this.selectAll);
    row.append(select);
    for (const column of COLUMNS) {
      const th = document.createElement('th');
      th.scope = 'col';
      if (sort.column === column) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.column = column;
      button.textContent = labels.columns[column];
      button.title = labels.columns[column];
      button.addEventListener('click', () => this.handlers.sort(column));
      th.append(button);
      row.append(th);
    }
    this.head.replaceChildren(row);
    if (focused) row.querySelector<HTMLElement>(`button[data-column="${focused}"]`)?.focus();
    else if (selectAllFocused) this.selectAll.focus();
  }

  /** New lines to show; the scroll position stays unless `reset` says the view changed. */
  setItems(items: ViewItem[], context: RowContext, reset: boolean): void {
    this.items = items;
    this.context = context;
    this.table.setAttribute('aria-rowcount', String(items.length + 1));
    if (reset) {
      this.scroller.scrollTop = 0;
      this.focusIndex = -1;
    }
    this.render();
  }

  get scrollTop(): number {
    return this.scroller.scrollTop;
  }

  set scrollTop(value: number) {
    this.scroller.scrollTop = value;
    this.render();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws the lines in view: the spacers stand for the others. */
  render(): void {
    if (!this.context) return;
    // Only when the page has the focus: a redraw of a page in the background must not take it.
    const hadFocus = document.hasFocus() && this.body.contains(document.activeElement);
    const view = Math.ceil(this.scroller.clientHeight / ROW_HEIGHT);
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.items.length, first + view + 2 * OVERSCAN);
    const lines = this.items
      .slice(first, last)
      .map((item, offset) => itemElement(item, first + offset, this.context!));
    this.body.replaceChildren(this.spacer(first), ...lines, this.spacer(this.items.length - last));
    const focusable = this.rowElement(this.focusIndex) ?? this.body.querySelector<HTMLElement>('tr.lp-row');
    if (focusable) focusable.tabIndex = 0;
    if (hadFocus) focusable?.focus({ preventScroll: true });
  }

  private spacer(lines: number): HTMLTableRowElement {
    const row = document.createElement('tr');
    row.className = 'lp-spacer';
    row.setAttribute('aria-hidden', 'true');
    const cell = document.createElement('td');
    cell.colSpan = COLUMNS.length + 1;
    cell.style.height = `${lines * ROW_HEIGHT}px`;
    row.append(cell);
    row.hidden = lines === 0;
    return row;
  }

  private rowElement(index: number): HTMLElement | null {
    return index < 0 ? null : this.body.querySelector<HTMLElement>(`tr.lp-row[data-index="${index}"]`);
  }

  private rowAt(index: number): PortfolioRow | undefined {
    const item = this.items[index];
    return item?.type === 'row' ? item.row : undefined;
  }

  private click(event: MouseEvent): void {
    const line = (event.target as HTMLElement).closest<HTMLElement>('tr.lp-row');
    const index = Number(line?.dataset.index);
    const row = this.rowAt(index);
    if (!row) return;
    this.focusIndex = index;
    if ((event.target as HTMLElement).closest('.lp-select')) this.handlers.toggle(row, event.shiftKey);
    else this.handlers.open(row);
  }

  private key(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.scroller.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -this.items.length,
      End: this.items.length,
    };
    const current = Math.max(0, Math.min(this.focusIndex, this.items.length - 1));
    const row = this.rowAt(current);
    if (event.key in moves) this.moveFocus(current, moves[event.key]!);
    else if (event.key === 'Enter' && row) this.handlers.open(row);
    else if (event.key === ' ' && row) this.handlers.toggle(row, event.shiftKey);
    else return;
    event.preventDefault();
  }

  /** Moves the focus by a number of lines (past group headings), scrolling the row into view. */
  private moveFocus(from: number, by: number): void {
    let index = Math.max(0, Math.min(this.items.length - 1, from + by));
    const step = by > 0 ? 1 : -1;
    while (this.items[index]?.type === 'group' && index + step >= 0 && index + step < this.items.length)
      index += step;
    if (this.items[index]?.type === 'group') index -= step;
    this.focusIndex = index;
    const top = index * ROW_HEIGHT;
    const visible = this.scroller.clientHeight - ROW_HEIGHT;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > this.scroller.scrollTop + visible)
      this.scroller.scrollTop = top + ROW_HEIGHT - visible;
    this.render();
    this.rowElement(index)?.focus({ preventScroll: true });
  }

  /** The focused line, for the page's saved state. */
  get focused(): number {
    return this.focusIndex;
  }

  set focused(index: number) {
    this.focusIndex = index;
  }
}
