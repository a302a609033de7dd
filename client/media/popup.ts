import type { MapEntry, MapLabels } from '../src/panels/messages';
import { answeredText, entryDetails, entryTitle, problemsText, readinessText } from './mapNames';

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function sdgChips(entry: MapEntry, labels: MapLabels): HTMLElement | null {
  if (entry.sdgs.length === 0) return null;
  const list = document.createElement('ul');
  list.className = 'lp-popup-sdgs';
  list.setAttribute('aria-label', labels.facets.sdg);
  for (const goal of entry.sdgs) {
    const item = document.createElement('li');
    item.className = `lp-chip lp-sdg lp-sdg-${goal}`;
    item.textContent = `${goal} ${labels.sdgNames[String(goal)] ?? ''}`.trim();
    list.append(item);
  }
  return list;
}

/**
 * A document's popup on the workspace map: its title (a link that opens it), what it is, where and when, how
 * complete it is, its goals, and — when the index carries them — its problems and whether it is ready.
 */
export function popupContent(
  entry: MapEntry,
  labels: MapLabels,
  open: (entry: MapEntry) => void,
): HTMLElement {
  const box = document.createElement('div');
  box.className = 'lp-popup';
  const title = document.createElement('a');
  title.className = 'lp-popup-title';
  title.href = '#';
  title.textContent = entryTitle(entry, labels);
  title.addEventListener('click', (event) => {
    event.preventDefault();
    open(entry);
  });
  const heading = document.createElement('p');
  heading.className = 'lp-popup-heading';
  heading.append(title);
  box.append(heading, line('lp-popup-details', entryDetails(entry, labels)));
  box.append(line('lp-popup-answered', answeredText(entry, labels)));
  if (entry.problems) box.append(line('lp-popup-problems', problemsText(entry.problems, labels)));
  if (entry.readiness) box.append(line('lp-popup-readiness', readinessText(entry.readiness, labels)));
  const chips = sdgChips(entry, labels);
  if (chips) box.append(chips);
  return box;
}
