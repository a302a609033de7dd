import * as L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { ExtensionToMap, MapEntry, MapPlace, MapToExtension } from '../src/panels/messages';
import { cellForZoom, clusterPoints, passes, type Filters } from './cluster';
import { vscode } from './vscodeApi';

const root = document.getElementById('lp-root')!;
const send = (message: MapToExtension) => vscode.postMessage(message);
const bordersUrl = document.body.dataset.borders ?? '';
const tileUrl = document.body.dataset.tiles ?? '';

const mapElement = document.createElement('div');
mapElement.id = 'lp-map';
const toolbar = document.createElement('div');
toolbar.id = 'lp-toolbar';
root.append(toolbar, mapElement);

const map = L.map(mapElement, { worldCopyJump: true, minZoom: 1, attributionControl: true }).setView(
  [10, 0],
  2,
);
if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18, attribution: '' }).addTo(map);
const borders = L.geoJSON(undefined, { style: () => ({ className: 'lp-country', weight: 0.6 }) }).addTo(map);
const markers = L.layerGroup().addTo(map);
let highlighted: string[] = [];
let workspaceEntries: MapEntry[] = [];
const filters: Filters = { year: '', kind: '', sdg: '' };

async function loadBorders(): Promise<void> {
  if (!bordersUrl) return;
  const topology = (await (await fetch(bordersUrl)).json()) as Topology;
  const countries = feature(topology, topology.objects.countries!) as unknown as GeoJSON.FeatureCollection;
  for (const item of countries.features) unwrapGeometry(item.geometry);
  borders.addData(countries);
  styleBorders();
}

/** Rings that cross the antimeridian jump from 180 to -180 and would be drawn across the world: shift their west. */
function unwrapGeometry(geometry: GeoJSON.Geometry | null): void {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const longitudes = ring.map((position) => position[0] ?? 0);
      const reachesPole = ring.some((position) => Math.abs(position[1] ?? 0) >= 89.9);
      if (reachesPole || Math.max(...longitudes) - Math.min(...longitudes) <= 180) continue;
      for (const position of ring) if ((position[0] ?? 0) < 0) position[0] = (position[0] ?? 0) + 360;
    }
  }
}

function styleBorders(): void {
  borders.eachLayer((layer) => {
    const id = String((layer as L.GeoJSON & { feature?: { id?: string } }).feature?.id ?? '');
    const element = (layer as L.Path).getElement?.();
    element?.classList.toggle('lp-highlight', highlighted.includes(id));
  });
}

function icon(className: string, label = ''): L.DivIcon {
  const element = document.createElement('div');
  element.textContent = label;
  return L.divIcon({
    className: `lp-marker ${className}`,
    html: element,
    iconSize: [18, 18],
    iconAnchor: [9, 9],
  });
}

function showDocument(places: readonly MapPlace[]): void {
  markers.clearLayers();
  for (const place of places) {
    const marker = L.marker([place.lat, place.lng], {
      icon: icon(place.inside === false ? 'lp-outside' : 'lp-inside'),
      draggable: true,
      title: place.country,
    });
    marker.on('add', () => marker.getElement()?.setAttribute('data-line', String(place.line)));
    marker.on('click', () => send({ type: 'reveal', line: place.line }));
    marker.on('dragend', () => {
      const { lat, lng } = marker.getLatLng().wrap();
      send({ type: 'move', line: place.line, lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) });
    });
    markers.addLayer(marker);
  }
  if (places.length > 0) map.setView([places[0]!.lat, places[0]!.lng], Math.max(map.getZoom(), 4));
}

function popup(entry: MapEntry): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('a');
  title.href = '#';
  title.textContent = entry.title || entry.uri.split('/').pop() || '';
  title.addEventListener('click', (event) => {
    event.preventDefault();
    send({ type: 'open', uri: entry.uri, line: entry.line });
  });
  const details = document.createElement('div');
  details.textContent = [entry.country, entry.year, entry.kind].filter(Boolean).join(' · ');
  box.append(title, details);
  return box;
}

function showWorkspace(): void {
  markers.clearLayers();
  const visible = workspaceEntries.filter((entry) => passes(entry, filters));
  for (const cluster of clusterPoints(visible, cellForZoom(map.getZoom()))) {
    if (cluster.items.length === 1) {
      const entry = cluster.items[0]!;
      const marker = L.marker([entry.lat, entry.lng], {
        icon: icon(`lp-kind-${entry.kind.replace(/\W/g, '')}`),
        title: entry.title,
      });
      marker.bindPopup(popup(entry));
      markers.addLayer(marker);
    } else {
      const marker = L.marker([cluster.lat, cluster.lng], {
        icon: icon('lp-cluster', String(cluster.items.length)),
      });
      marker.on('click', () => map.setView([cluster.lat, cluster.lng], map.getZoom() + 2));
      markers.addLayer(marker);
    }
  }
  root.dataset.markers = String(visible.length);
}

function select(name: keyof Filters, label: string, values: readonly string[]): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.textContent = `${label} `;
  const element = document.createElement('select');
  element.id = `lp-filter-${name}`;
  for (const value of ['', ...values]) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value === '' ? '—' : value;
    element.append(option);
  }
  element.addEventListener('change', () => {
    filters[name] = element.value;
    showWorkspace();
  });
  wrapper.append(element);
  return wrapper;
}

function buildFilters(): void {
  const years = [...new Set(workspaceEntries.map((entry) => entry.year ?? ''))].filter(Boolean).sort();
  const kinds = [...new Set(workspaceEntries.map((entry) => entry.kind))].sort();
  const sdgs = [...new Set(workspaceEntries.flatMap((entry) => entry.sdgs))]
    .sort((a, b) => a - b)
    .map(String);
  toolbar.replaceChildren(
    select('year', 'Year', years),
    select('kind', 'Type', kinds),
    select('sdg', 'SDG', sdgs),
  );
}

window.addEventListener('message', (event) => {
  const message = event.data as ExtensionToMap;
  if (message?.type === 'document' && Array.isArray(message.places)) {
    highlighted = message.highlight.map(String);
    toolbar.replaceChildren();
    root.dataset.mode = 'document';
    styleBorders();
    showDocument(message.places);
  } else if (message?.type === 'workspace' && Array.isArray(message.entries)) {
    highlighted = [];
    root.dataset.mode = 'workspace';
    workspaceEntries = message.entries;
    styleBorders();
    buildFilters();
    showWorkspace();
    root.dataset.complete = String(message.complete);
  }
});

map.on('zoomend', () => {
  if (root.dataset.mode === 'workspace') showWorkspace();
});

void loadBorders().finally(() => send({ type: 'ready' }));
