import L from './leafletGlobal';
import type { ExtensionToMap, MapEntry, MapLabels, MapPlace, MapToExtension } from '../src/panels/messages';
import { Borders } from './borders';
import { DocumentLayer, MARKER_HINT_ID } from './documentLayer';
import type { PortfolioFilter } from '../../server/src/portfolio/filter';
import { applicableFilters, availableFacets, facetsAsFilter, type FilterState } from './facets';
import { Legend, workspaceLegend } from './legend';
import { isActivation } from './mapKeys';
import { typeCounts } from './mapNames';
import { MapPage } from './mapPage';
import { vscode } from './vscodeApi';
import { ENTRY_HINT_ID, WorkspaceLayer } from './workspaceLayer';

const root = document.getElementById('lp-root')!;
const send = (message: MapToExtension) => vscode.postMessage(message);
const page = new MapPage(root);

const map = L.map(page.mapElement, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([10, 0], 2);
const tileUrl = document.body.dataset.tiles ?? '';
if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18, attribution: '' }).addTo(map);
const borders = new Borders(map);
// The map follows its element's size: the panel resized, the list above it unfolded.
new ResizeObserver(() => map.invalidateSize()).observe(page.mapElement);
const legend = new Legend().addTo(map);

/** Whether the marker or cluster being activated was activated from the keyboard (the focus then follows). */
let keyboardActivation = false;
const documentLayer = new DocumentLayer(map, send);
const workspaceLayer = new WorkspaceLayer(
  map,
  send,
  () => keyboardActivation,
  () => (root.dataset.drawn = 'true'),
);

interface SavedState {
  filters?: FilterState;
  /** The filter given by the extension (the portfolio's) when these menus were chosen. */
  scope?: string;
  /** The document whose map this is; none for the workspace's. The extension reads it to restore the map. */
  document?: string;
}
const saved = (vscode.getState() ?? {}) as SavedState;
/** The workspace map's menus, kept while the panel is hidden. */
let filters: FilterState = saved.filters ?? {};
/** The filter the extension gave, as text: the menus chosen under another one are dropped. */
let scope = saved.scope ?? '{}';

function hints(labels: MapLabels): Record<string, string> {
  return {
    'lp-map-hint': labels.mapHint,
    [MARKER_HINT_ID]: labels.markerHint,
    [ENTRY_HINT_ID]: labels.entryHint,
  };
}

function showDocument(uri: string, places: MapPlace[], highlight: string[], labels: MapLabels): void {
  root.dataset.mode = 'document';
  vscode.setState({ filters, scope, document: uri } satisfies SavedState);
  workspaceLayer.hide();
  borders.highlight(highlight.map(String));
  page.label(labels, hints(labels));
  page.hideFilters();
  page.listPlaces(places, labels, (line) => send({ type: 'reveal', line }));
  legend.show(labels, [
    { className: 'lp-inside', text: labels.inside },
    { className: 'lp-outside', text: labels.outside },
  ]);
  documentLayer.show(uri, places, labels);
}

function showWorkspace(
  entries: MapEntry[],
  labels: MapLabels,
  complete: boolean,
  filter: PortfolioFilter,
  filterText: string,
): void {
  root.dataset.mode = 'workspace';
  documentLayer.hide();
  borders.highlight([]);
  page.label(labels, hints(labels));
  const given = JSON.stringify(filter);
  if (given !== scope) {
    scope = given;
    filters = {};
  }
  root.dataset.filtered = String(filterText !== '');
  page.showScope(filterText, labels, {
    clear: () => send({ type: 'clearFilter' }),
    // The portfolio opens with what the map shows: the filter given, narrowed by the menus chosen here.
    openPortfolio: () => send({ type: 'openPortfolio', filter: { ...filter, ...facetsAsFilter(filters) } }),
  });
  legend.show(labels, workspaceLegend(typeCounts(entries), labels, labels.legendCluster));
  workspaceLayer.show(entries, labels);
  applyFilters(entries, labels, applicableFilters(entries, filters));
  root.dataset.complete = String(complete);
}

function applyFilters(entries: readonly MapEntry[], labels: MapLabels, chosen: FilterState): void {
  filters = chosen;
  vscode.setState({ filters, scope } satisfies SavedState);
  root.dataset.drawn = 'false';
  const visible = workspaceLayer.filter(filters);
  page.showFilters(entries, availableFacets(entries), filters, labels, (next) =>
    applyFilters(entries, labels, next),
  );
  page.listEntries(visible, labels, (entry) => send({ type: 'open', uri: entry.uri, line: entry.line }));
  root.dataset.markers = String(visible.length);
}

window.addEventListener('message', (event) => {
  const message = event.data as ExtensionToMap;
  if (message?.type === 'document' && Array.isArray(message.places))
    showDocument(message.uri, message.places, message.highlight, message.labels);
  else if (message?.type === 'workspace' && Array.isArray(message.entries))
    showWorkspace(
      message.entries,
      message.labels,
      message.complete,
      message.filter ?? {},
      message.filterText ?? '',
    );
});

// Escape closes an open popup, wherever the focus is in the page (back from the editor it opened, the page may
// have it on its body); the popup gives the focus back to its marker.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !document.querySelector('.leaflet-popup')) return;
  event.preventDefault();
  event.stopPropagation();
  map.closePopup();
});

// Markers and clusters act on Enter and Space as on a click.
page.mapElement.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (!isActivation(event) || !target.classList.contains('leaflet-marker-icon')) return;
  event.preventDefault();
  event.stopPropagation();
  keyboardActivation = true;
  try {
    target.click();
  } finally {
    keyboardActivation = false;
  }
});

void borders
  .load(document.body.dataset.borders ?? '')
  .catch(() => undefined)
  .finally(() => send({ type: 'ready' }));
