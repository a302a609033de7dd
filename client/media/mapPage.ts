import type { MapEntry, MapLabels, MapPlace } from '../src/panels/messages';
import { facetOptions, type FacetEntry, type FacetId, type FilterState } from './facets';
import {
  answeredText,
  entryDetails,
  entryTitle,
  fill,
  formatNumber,
  optionLabel,
  placeName,
} from './mapNames';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text) created.textContent = text;
  return created;
}

/**
 * The page around the map: a heading, the filters, and a list of what the map shows, for screen readers and for
 * anyone who would rather read than look (folded by default, drawn when unfolded).
 */
export class MapPage {
  readonly mapElement = element('div', { id: 'lp-map' });
  private readonly heading = element('h1', { id: 'lp-heading' });
  private readonly toolbar = element('div', { id: 'lp-toolbar', role: 'group' });
  /** The workspace map's filter (the portfolio's) in words, a button that clears it and one that opens the portfolio. */
  private readonly scope = element('div', { id: 'lp-scope', role: 'group' });
  private readonly scopeText = element('span', { id: 'lp-scope-text', class: 'lp-chip' });
  private readonly clearButton = element('button', { type: 'button', id: 'lp-clear-filter' });
  private readonly portfolioButton = element('button', { type: 'button', id: 'lp-open-portfolio' });
  private scopeHandlers: { clear(): void; openPortfolio(): void } | undefined;
  private readonly list = element('details', { id: 'lp-list' });
  private readonly summary = element('summary');
  private readonly listBody = element('div', { class: 'lp-list-body' });
  private readonly hints = element('div', { class: 'lp-visually-hidden' });
  private drawList: () => void = () => undefined;

  constructor(root: HTMLElement) {
    this.list.append(this.summary, this.listBody);
    const bar = element('header', { id: 'lp-bar' });
    this.scope.hidden = true;
    this.scope.append(this.scopeText, this.clearButton, this.portfolioButton);
    this.clearButton.addEventListener('click', () => this.scopeHandlers?.clear());
    this.portfolioButton.addEventListener('click', () => this.scopeHandlers?.openPortfolio());
    bar.append(this.heading, this.scope, this.toolbar, this.list);
    root.append(bar, this.mapElement, this.hints);
    this.list.addEventListener('toggle', () => {
      if (this.list.open) this.drawList();
    });
  }

  /** The page's heading and the hidden hints markers and the map point to. */
  label(labels: MapLabels, hints: Record<string, string>): void {
    this.heading.textContent = labels.heading;
    this.toolbar.setAttribute('aria-label', labels.filters);
    this.mapElement.setAttribute('role', 'region');
    this.mapElement.setAttribute('aria-label', labels.map);
    this.hints.replaceChildren(...Object.entries(hints).map(([id, text]) => element('p', { id }, text)));
    this.mapElement.setAttribute('aria-describedby', 'lp-map-hint');
  }

  /** One labelled menu per facet, each value with its count; `onChange` gets the new filters. */
  showFilters(
    entries: readonly FacetEntry[],
    facets: readonly FacetId[],
    filters: FilterState,
    labels: MapLabels,
    onChange: (filters: FilterState) => void,
  ): void {
    this.toolbar.replaceChildren(
      ...facets.map((facet) => {
        const select = element('select', { id: `lp-filter-${facet}` });
        select.append(element('option', { value: '' }, labels.any));
        for (const option of facetOptions(entries, facet)) {
          const text = `${optionLabel(facet, option.value, labels)} (${formatNumber(option.count, labels.locale)})`;
          select.append(element('option', { value: option.value }, text));
        }
        select.value = filters[facet] ?? '';
        select.addEventListener('change', () => onChange({ ...filters, [facet]: select.value }));
        const wrapper = element('label', {}, `${labels.facets[facet]} `);
        wrapper.append(select);
        return wrapper;
      }),
    );
  }

  hideFilters(): void {
    this.toolbar.replaceChildren();
    this.scope.hidden = true;
  }

  /**
   * The line that says which filter the workspace map shows ("Filtered: SDG 5 · Peru", with a button that clears
   * it; nothing when it shows every document), and the button that opens the portfolio with the map's filter.
   */
  showScope(text: string, labels: MapLabels, handlers: { clear(): void; openPortfolio(): void }): void {
    this.scopeHandlers = handlers;
    this.scope.setAttribute('aria-label', labels.filterGroup);
    this.scopeText.textContent = text;
    this.scopeText.hidden = text === '';
    this.clearButton.textContent = labels.clearFilter;
    this.clearButton.hidden = text === '';
    this.portfolioButton.textContent = labels.openAsPortfolio;
    this.scope.hidden = false;
  }

  /** The list of the workspace's documents on the map, each a link that opens it. */
  listEntries(entries: readonly MapEntry[], labels: MapLabels, open: (entry: MapEntry) => void): void {
    this.summary.textContent = fill(labels.listWorkspace, formatNumber(entries.length, labels.locale));
    this.drawList = () => {
      const items = [...entries]
        .sort((a, b) => entryTitle(a, labels).localeCompare(entryTitle(b, labels)))
        .map((entry) => {
          const link = element('a', { href: '#' }, entryTitle(entry, labels));
          link.addEventListener('click', (event) => {
            event.preventDefault();
            open(entry);
          });
          const item = element('li');
          item.append(link, ` — ${entryDetails(entry, labels)}; ${answeredText(entry, labels)}`);
          return item;
        });
      const list = element('ul');
      list.append(...items);
      this.listBody.replaceChildren(list);
    };
    if (this.list.open) this.drawList();
  }

  /** The list of one document's locations, each a button that goes to its tag. */
  listPlaces(places: readonly MapPlace[], labels: MapLabels, reveal: (line: number) => void): void {
    this.summary.textContent = fill(labels.listDocument, formatNumber(places.length, labels.locale));
    this.drawList = () => {
      if (places.length === 0) {
        this.listBody.replaceChildren(element('p', {}, labels.noLocation));
        return;
      }
      const list = element('ul');
      for (const place of places) {
        const button = element('button', { type: 'button' }, placeName(place, labels));
        button.addEventListener('click', () => reveal(place.line));
        const item = element('li');
        item.append(button);
        list.append(item);
      }
      this.listBody.replaceChildren(list);
    };
    if (this.list.open) this.drawList();
  }
}
