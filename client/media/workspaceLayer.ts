import L from './leafletGlobal';
import 'leaflet.markercluster';
import type { MapEntry, MapLabels, MapToExtension } from '../src/panels/messages';
import { documentType, passesFilters, type FilterState } from './facets';
import { markerIcon } from './markerIcon';
import { clusterName, entryName } from './mapNames';
import { popupContent } from './popup';

/** The element that tells a keyboard user what a document's marker does on the workspace map. */
export const ENTRY_HINT_ID = 'lp-entry-hint';

/**
 * Every document of the workspace on the map, clustered with Leaflet.markercluster. A cluster zooms in on its
 * documents, or spreads them around their point when they all share it (every plan of a country does, in the
 * archive); a document's marker opens a popup whose link opens the document. From the keyboard, the focus follows:
 * to the first spread marker, to what the zoomed cluster became, into the popup, and back to the marker.
 */
export class WorkspaceLayer {
  private readonly group: L.MarkerClusterGroup;
  private readonly entries = new WeakMap<L.Marker, MapEntry>();
  /** One popup for every document, filled when opened (thousands of bound popups would cost for nothing). */
  private readonly popup = L.popup({
    className: 'lp-popup-frame',
    autoPanPadding: [40, 40],
    offset: [0, -6],
  });
  /** The marker whose popup is open. */
  private popupMarker: L.Marker | null = null;
  private markers: L.Marker[] = [];
  private labels: MapLabels | undefined;
  /** The first document of a cluster activated from the keyboard, whose new marker or cluster takes the focus. */
  private pendingFocus: L.Marker | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly send: (message: MapToExtension) => void,
    private readonly fromKeyboard: () => boolean,
    /** Told when every marker that passes the filters is on the map (they are added in chunks). */
    private readonly drawn: () => void,
  ) {
    this.group = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 48,
      spiderfyDistanceMultiplier: 1.6,
      // The legs take the theme's colour from the stylesheet.
      spiderLegPolylineOptions: { className: 'lp-spider-leg', weight: 1.5, opacity: 0.8 },
      // Thousands of markers are added in chunks, so that the page stays responsive while they are.
      chunkedLoading: true,
      chunkProgress: (processed, total) => {
        if (processed === total) this.drawn();
      },
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.followFocus();
    this.group.on('click', (event) => this.openPopup((event as L.LeafletEvent & { layer: L.Marker }).layer));
    this.popup.on('add', () => this.enterPopup());
    this.popup.on('remove', () => this.leavePopup());
  }

  /** After a cluster activated from the keyboard spreads or zooms, the focus goes to what it became. */
  private followFocus(): void {
    this.group.on('clusterclick', (event) => {
      const cluster = (event as L.LeafletEvent & { layer: L.MarkerCluster }).layer;
      this.pendingFocus = this.fromKeyboard() ? (cluster.getAllChildMarkers()[0] ?? null) : null;
    });
    this.group.on('spiderfied', (event) => {
      if (!this.pendingFocus) return;
      this.pendingFocus = null;
      (event as L.LeafletEvent & { markers: L.Marker[] }).markers[0]
        ?.getElement()
        ?.focus({ preventScroll: true });
    });
    this.group.on('animationend', () => {
      const marker = this.pendingFocus;
      if (!marker) return;
      this.pendingFocus = null;
      const shown = this.group.getVisibleParent(marker) as L.Marker | null;
      shown?.getElement()?.focus({ preventScroll: true });
    });
  }

  /** Makes the documents' markers and brings them all into view; `filter` then puts those that pass on the map. */
  show(entries: readonly MapEntry[], labels: MapLabels): void {
    this.labels = labels;
    this.markers = entries.map((entry) => this.marker(entry, labels));
    // The view is fitted before the clusters are on the map, so that they do not animate a zoom (during which a
    // click on a cluster would be ignored).
    this.group.remove();
    if (entries.length > 0) {
      const bounds = L.latLngBounds(entries.map((entry) => [entry.lat, entry.lng] as [number, number]));
      this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6, animate: false });
    }
    this.group.addTo(this.map);
  }

  /** Keeps the documents that pass the filters; returns them. */
  filter(filters: FilterState): MapEntry[] {
    const visible = this.markers.filter((marker) => passesFilters(this.entries.get(marker)!, filters));
    this.map.closePopup(this.popup);
    this.group.clearLayers();
    this.group.addLayers(visible);
    if (visible.length === 0) this.drawn();
    return visible.map((marker) => this.entries.get(marker)!);
  }

  hide(): void {
    this.map.closePopup(this.popup);
    this.group.clearLayers();
    this.group.remove();
    this.markers = [];
  }

  private marker(entry: MapEntry, labels: MapLabels): L.Marker {
    const marker = L.marker([entry.lat, entry.lng], {
      icon: markerIcon({
        className: `lp-type-${documentType(entry)}`,
        name: () => entryName(entry, labels),
        hint: ENTRY_HINT_ID,
      }),
    });
    this.entries.set(marker, entry);
    return marker;
  }

  private openPopup(marker: L.Marker): void {
    const entry = this.entries.get(marker);
    if (!entry || !this.labels) return;
    // Closed first, so that opening it again on another marker moves the focus into it again.
    this.map.closePopup(this.popup);
    this.popupMarker = marker;
    const content = popupContent(entry, this.labels, (chosen) =>
      this.send({ type: 'open', uri: chosen.uri, line: chosen.line }),
    );
    this.popup.setLatLng(marker.getLatLng()).setContent(content).openOn(this.map);
  }

  /** The popup takes the focus, on its link; its close button gets a name in the display language. */
  private enterPopup(): void {
    const element = this.popup.getElement();
    const close = element?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    if (close && this.labels) {
      close.setAttribute('aria-label', this.labels.closePopup);
      close.title = this.labels.closePopup;
    }
    // Only when the page has the focus: a page must not take it from the editor the user is typing in.
    if (document.hasFocus())
      element?.querySelector<HTMLElement>('.lp-popup-title')?.focus({ preventScroll: true });
  }

  /** A popup closed while it had the focus, or while nothing had it, gives it back to its marker. */
  private leavePopup(): void {
    const element = this.popup.getElement();
    const active = document.activeElement;
    if (!active || active === document.body || element?.contains(active))
      this.popupMarker?.getElement()?.focus({ preventScroll: true });
    this.popupMarker = null;
  }

  private clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
    const count = cluster.getChildCount();
    return markerIcon({
      className: 'lp-cluster',
      name: () => {
        const children = cluster.getAllChildMarkers().flatMap((marker) => {
          const entry = this.entries.get(marker);
          return entry ? [entry] : [];
        });
        return this.labels ? clusterName(children, this.labels) : String(count);
      },
      size: count < 10 ? 30 : count < 100 ? 36 : 42,
      visible: String(count),
    });
  }
}
