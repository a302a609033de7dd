/**
 * The portfolio's controls: the filters (as labelled selects and a search field), grouping, and the actions on the
 * selection and the table. Every control is a native one, reachable and operable with the keyboard.
 */
import type { PortfolioFilter } from '../../server/src/portfolio/filter';
import { fill, type PortfolioLabels } from '../../server/src/portfolio/labels';
import { GROUPINGS, type Facets, type GroupBy } from '../../server/src/portfolio/view';
import type { PortfolioGoal } from '../../server/src/service';

type SelectField = 'kind' | 'form' | 'country' | 'year' | 'sdg' | 'method' | 'readiness';

export interface ToolbarHandlers {
  filter(change: PortfolioFilter): void;
  group(by: GroupBy): void;
  clearFilters(): void;
  editTags(): void;
  clearSelection(): void;
  exportAs(format: 'csv' | 'xlsx'): void;
  showOnMap(): void;
  toggleCharts(): void;
}

export interface Toolbar {
  element: HTMLElement;
  /** Shows the filter and grouping as they are (after a restore, or a filter from a command). */
  reflect(filter: PortfolioFilter, group: GroupBy): void;
  setSelection(count: number): void;
  setCharts(open: boolean): void;
}

function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (className) element.className = className;
  element.addEventListener('click', onClick);
  return element;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  const caption = document.createElement('span');
  caption.textContent = text;
  label.append(caption, control);
  return label;
}

function select(
  id: string,
  options: [string, string][],
  onChange: (value: string) => void,
): HTMLSelectElement {
  const element = document.createElement('select');
  element.id = id;
  for (const [value, text] of options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    element.append(option);
  }
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

/** Each filter's choices, "Any" first, then the values the documents have, with how many have each. */
function choices(
  field: SelectField,
  facets: Facets,
  labels: PortfolioLabels,
  goals: readonly PortfolioGoal[],
) {
  const any: [string, string] = ['', labels.any];
  const counted = (value: string, text: string, count: number): [string, string] => [
    value,
    `${text} (${count})`,
  ];
  switch (field) {
    case 'kind':
      return [any, ...facets.kinds.map(([kind, count]) => counted(kind, labels.kinds[kind] ?? kind, count))];
    case 'form':
      return [any, ...facets.forms.map(([form, count]) => counted(form, labels.forms[form] ?? form, count))];
    case 'country':
      return [any, ...facets.countries.map(([country, count]) => counted(country, country, count))];
    case 'year':
      return [any, ...facets.years.map(([year, count]) => counted(year, year, count))];
    case 'sdg':
      return [
        any,
        ...facets.sdgs.map(([goal, count]) => {
          const name = goals.find((candidate) => candidate.number === goal)?.name ?? '';
          return counted(String(goal), `${goal}. ${name}`, count);
        }),
      ];
    case 'method':
      return [any, ...facets.methods.map(([method, count]) => counted(method, method, count))];
    case 'readiness':
      return [
        any,
        ...(['ready', 'blocked', 'none'] as const).map((verdict): [string, string] => [
          verdict,
          labels.readiness[verdict],
        ]),
      ];
  }
}

const FIELDS: SelectField[] = ['kind', 'form', 'country', 'year', 'sdg', 'method', 'readiness'];

export function buildToolbar(
  facets: Facets,
  labels: PortfolioLabels,
  goals: readonly PortfolioGoal[],
  handlers: ToolbarHandlers,
): Toolbar {
  const selects = new Map<SelectField, HTMLSelectElement>();
  const filters = document.createElement('div');
  filters.className = 'lp-toolbar';
  filters.setAttribute('role', 'group');
  filters.setAttribute('aria-label', labels.filters);
  const search = document.createElement('input');
  search.type = 'search';
  search.id = 'lp-search';
  search.placeholder = labels.searchPlaceholder;
  search.addEventListener('input', () => handlers.filter({ text: search.value }));
  filters.append(labelled(labels.search, search));
  const names: Record<SelectField, string> = {
    kind: labels.columns.kind,
    form: labels.exportColumns.form,
    country: labels.columns.country,
    year: labels.columns.year,
    sdg: labels.columns.sdgs,
    method: labels.columns.methods,
    readiness: labels.columns.readiness,
  };
  for (const field of FIELDS) {
    const element = select(`lp-filter-${field}`, choices(field, facets, labels, goals), (value) =>
      handlers.filter({ [field]: field === 'sdg' && value !== '' ? Number(value) : value }),
    );
    selects.set(field, element);
    filters.append(labelled(names[field], element));
  }
  const grouping = select(
    'lp-group',
    GROUPINGS.map((by) => [by, labels.groupings[by]]),
    (value) => handlers.group(value as GroupBy),
  );
  filters.append(labelled(labels.groupBy, grouping), button(labels.clearFilters, handlers.clearFilters));
  const actions = actionBar(labels, handlers);
  const element = document.createElement('div');
  element.append(filters, actions.element);
  return {
    element,
    reflect(filter, group) {
      search.value = filter.text ?? '';
      for (const [field, control] of selects)
        control.value = filter[field] === undefined ? '' : String(filter[field]);
      grouping.value = group;
    },
    setSelection: actions.setSelection,
    setCharts: actions.setCharts,
  };
}

function actionBar(labels: PortfolioLabels, handlers: ToolbarHandlers) {
  const element = document.createElement('div');
  element.className = 'lp-actions';
  const edit = button('', handlers.editTags, 'lp-primary');
  edit.id = 'lp-edit-tags';
  const clear = button(labels.clearSelection, handlers.clearSelection);
  const charts = button(labels.showCharts, handlers.toggleCharts);
  charts.id = 'lp-toggle-charts';
  charts.setAttribute('aria-controls', 'lp-charts');
  const csv = button(labels.exportCsv, () => handlers.exportAs('csv'));
  csv.id = 'lp-export-csv';
  const xlsx = button(labels.exportXlsx, () => handlers.exportAs('xlsx'));
  xlsx.id = 'lp-export-xlsx';
  const map = button(labels.showOnMap, handlers.showOnMap);
  element.append(edit, clear, charts, csv, xlsx, map);
  return {
    element,
    setSelection(count: number) {
      edit.disabled = count === 0;
      edit.textContent = count === 0 ? labels.editTagsNone : fill(labels.editTags, count);
      clear.disabled = count === 0;
    },
    setCharts(open: boolean) {
      charts.textContent = open ? labels.hideCharts : labels.showCharts;
      charts.setAttribute('aria-expanded', String(open));
    },
  };
}
