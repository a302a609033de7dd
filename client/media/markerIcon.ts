import L from './leafletGlobal';

/**
 * A marker's icon: a shape drawn by CSS, holding its name as text that only screen readers read (Leaflet makes the
 * icon a focusable button, named by what it holds).
 */
export function markerIcon(className: string, name: string, size = 18, visible = ''): L.DivIcon {
  const body = document.createElement('span');
  body.className = 'lp-marker-body';
  if (visible) {
    // Shown text (a cluster's count): the tooltip says what it stands for.
    body.title = name;
    const text = document.createElement('span');
    text.setAttribute('aria-hidden', 'true');
    text.textContent = visible;
    body.append(text);
  }
  const label = document.createElement('span');
  label.className = 'lp-visually-hidden';
  label.textContent = name;
  body.append(label);
  return L.divIcon({
    className: `lp-marker ${className}`,
    html: body,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** Renames a marker that is on the map: its spoken name and its tooltip. */
export function renameMarker(element: HTMLElement | undefined, name: string): void {
  if (!element) return;
  const label = element.querySelector('.lp-visually-hidden');
  if (label) label.textContent = name;
  element.title = name;
}
