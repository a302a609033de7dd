import L from './leafletGlobal';
import type { DocumentType, MapLabels } from '../src/panels/messages';
import { formatNumber } from './mapNames';

export interface LegendItem {
  /** The class of the marker shape it explains. */
  className: string;
  text: string;
}

/** What the markers' shapes and colours mean, in a corner of the map. */
export class Legend extends L.Control {
  private readonly box = L.DomUtil.create('div', 'lp-legend');

  constructor() {
    super({ position: 'bottomleft' });
    L.DomEvent.disableClickPropagation(this.box);
  }

  override onAdd(): HTMLElement {
    return this.box;
  }

  /** The legend folds, so that it does not hide the map: it starts folded in a narrow panel. */
  show(labels: MapLabels, items: readonly LegendItem[]): void {
    const details = document.createElement('details');
    details.open = this.box.querySelector('details')?.open ?? window.innerWidth >= 640;
    const title = document.createElement('summary');
    title.id = 'lp-legend-title';
    title.textContent = labels.legend;
    const list = document.createElement('ul');
    list.setAttribute('aria-labelledby', title.id);
    for (const item of items) {
      const entry = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `lp-swatch ${item.className}`;
      swatch.setAttribute('aria-hidden', 'true');
      const shape = document.createElement('span');
      shape.className = 'lp-marker-body';
      swatch.append(shape);
      entry.append(swatch, item.text);
      list.append(entry);
    }
    details.append(title, list);
    this.box.replaceChildren(details);
  }
}

/** The workspace map's legend: each type present, with its count, then the clusters. */
export function workspaceLegend(
  types: readonly { type: DocumentType; count: number }[],
  labels: MapLabels,
  clusterText: string,
): LegendItem[] {
  return [
    ...types.map(({ type, count }) => ({
      className: `lp-type-${type}`,
      text: `${labels.types[type]} (${formatNumber(count, labels.locale)})`,
    })),
    { className: 'lp-cluster', text: clusterText },
  ];
}
