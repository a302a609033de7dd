import L from './leafletGlobal';
import type { MapLabels, MapPlace, MapToExtension } from '../src/panels/messages';
import { moveStep } from './mapKeys';
import { markerIcon, renameMarker } from './markerIcon';
import { placeName } from './mapNames';

/** How far one press of Shift and an arrow key moves a marker, in screen pixels: zoom in for finer steps. */
const STEP_PIXELS = 10;

/** The element that tells a keyboard user what a document's marker does. */
export const MARKER_HINT_ID = 'lp-marker-hint';

/** A point written as the drag writes it: wrapped into -180…180 and to six decimals (about 10 cm). */
export function writtenPosition(latlng: L.LatLng): { lat: number; lng: number } {
  const { lat, lng } = latlng.wrap();
  return { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
}

/**
 * One document's locations, each a marker that goes to its `[[latlng:…]]` tag and that can be dragged, or moved
 * with Shift and the arrow keys, to change it: each move is one `move` message, so one edit undone in one step.
 * Markers are kept from one update to the next (by tag line), so the one being moved keeps the keyboard focus.
 */
export class DocumentLayer {
  private readonly layer = L.layerGroup();
  private readonly markers = new Map<number, L.Marker>();
  private uri = '';
  /** Each marker's name, by tag line: updates rename markers that are on the map, and any drawn later. */
  private readonly names = new Map<number, string>();
  /** Tag lines of the markers being dragged, which an update must not pull back. */
  private readonly dragged = new Set<number>();

  constructor(
    private readonly map: L.Map,
    private readonly send: (message: MapToExtension) => void,
  ) {}

  show(uri: string, places: readonly MapPlace[], labels: MapLabels): void {
    this.layer.addTo(this.map);
    const lines = new Set(places.map((place) => place.line));
    for (const [line, marker] of this.markers) {
      if (lines.has(line)) continue;
      this.layer.removeLayer(marker);
      this.markers.delete(line);
      this.names.delete(line);
    }
    for (const place of places) this.place(place, labels);
    if (uri !== this.uri) this.fit(places);
    this.uri = uri;
  }

  hide(): void {
    this.layer.clearLayers();
    this.layer.remove();
    this.markers.clear();
    this.names.clear();
    this.uri = '';
  }

  private fit(places: readonly MapPlace[]): void {
    if (places.length === 0) return;
    const bounds = L.latLngBounds(places.map((place) => [place.lat, place.lng] as [number, number]));
    this.map.fitBounds(bounds, { maxZoom: 5, padding: [40, 40], animate: false });
  }

  private place(place: MapPlace, labels: MapLabels): void {
    const name = placeName(place, labels);
    const existing = this.markers.get(place.line);
    if (existing) {
      if (!this.dragged.has(place.line)) existing.setLatLng([place.lat, place.lng]);
      this.describe(existing, place, name);
      return;
    }
    this.names.set(place.line, name);
    const marker = L.marker([place.lat, place.lng], {
      icon: markerIcon({
        className: place.inside === false ? 'lp-outside' : 'lp-inside',
        name: () => this.names.get(place.line) ?? name,
        hint: MARKER_HINT_ID,
      }),
      draggable: true,
    });
    marker.on('add', () => this.prepare(marker, place.line));
    marker.on('click', () => this.send({ type: 'reveal', line: place.line }));
    marker.on('dragstart', () => this.dragged.add(place.line));
    marker.on('dragend', () => {
      this.dragged.delete(place.line);
      this.send({ type: 'move', line: place.line, ...writtenPosition(marker.getLatLng()) });
    });
    this.markers.set(place.line, marker);
    this.layer.addLayer(marker);
  }

  private describe(marker: L.Marker, place: MapPlace, name: string): void {
    this.names.set(place.line, name);
    const element = marker.getElement();
    element?.classList.toggle('lp-outside', place.inside === false);
    element?.classList.toggle('lp-inside', place.inside !== false);
    renameMarker(element, name);
  }

  /** Gives the marker's element what Leaflet does not: its tag line and the keys that move it. */
  private prepare(marker: L.Marker, line: number): void {
    const element = marker.getElement();
    if (!element) return;
    element.dataset.line = String(line);
    element.addEventListener('keydown', (event) => {
      const step = moveStep(event);
      if (!step) return;
      event.preventDefault();
      event.stopPropagation();
      this.nudge(marker, line, step);
    });
  }

  private nudge(marker: L.Marker, line: number, step: { x: number; y: number }): void {
    // Projected at the current zoom, unrounded, so that a step sideways keeps the latitude.
    const zoom = this.map.getZoom();
    const point = this.map
      .project(marker.getLatLng(), zoom)
      .add(L.point(step.x * STEP_PIXELS, step.y * STEP_PIXELS));
    const position = writtenPosition(this.map.unproject(point, zoom));
    // The marker moves at once; its name follows when the edited document comes back.
    marker.setLatLng(position);
    this.send({ type: 'move', line, ...position });
  }
}
