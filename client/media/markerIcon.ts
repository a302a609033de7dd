import L from './leafletGlobal';

export interface IconOptions {
  className: string;
  /** The marker's name, read by screen readers and shown as its tooltip; asked for only when the icon is drawn. */
  name: () => string;
  size?: number;
  /** Text shown on the icon (a cluster's count), hidden from screen readers, which read the name instead. */
  visible?: string;
  /** The id of the element that tells what the marker does. */
  hint?: string;
}

/**
 * A marker's icon: a shape drawn by CSS, holding its name as text that only screen readers read (Leaflet makes the
 * icon a focusable button, named by what it holds). Its elements are built when Leaflet draws it, so that thousands
 * of markers, most of them inside clusters, cost little until they are shown.
 */
class NamedIcon extends L.DivIcon {
  constructor(private readonly named: IconOptions) {
    const size = named.size ?? 18;
    super({
      className: `lp-marker ${named.className}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    const name = this.named.name();
    const body = document.createElement('span');
    body.className = 'lp-marker-body';
    if (this.named.visible) {
      const text = document.createElement('span');
      text.setAttribute('aria-hidden', 'true');
      text.textContent = this.named.visible;
      body.append(text);
    }
    const label = document.createElement('span');
    label.className = 'lp-visually-hidden';
    label.textContent = name;
    body.append(label);
    element.replaceChildren(body);
    element.title = name;
    if (this.named.hint) element.setAttribute('aria-describedby', this.named.hint);
    return element;
  }
}

export function markerIcon(options: IconOptions): L.DivIcon {
  return new NamedIcon(options);
}

/** Renames a marker that is on the map: its spoken name and its tooltip. */
export function renameMarker(element: HTMLElement | undefined, name: string): void {
  if (!element) return;
  const label = element.querySelector('.lp-visually-hidden');
  if (label) label.textContent = name;
  element.title = name;
}
