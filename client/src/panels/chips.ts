import { escapeHtml } from './htmlEscape';

/** An SDG as the platform shows it: a chip in the goal's official colour, with its number (classes `lp-sdg-N`). */
export function sdgChip(number: number, name: string, line?: number): string {
  const source = line === undefined ? '' : ` data-source-line="${line}"`;
  return `<span class="lp-chip lp-sdg lp-sdg-${number}" title="${escapeHtml(`SDG ${number}: ${name}`)}"${source}><b>${number}</b> ${escapeHtml(name)}</span>`;
}

/** Any other tag value as a chip, marked with its key. */
export function tagChip(key: string, value: string, line?: number, prefix = ''): string {
  const source = line === undefined ? '' : ` data-source-line="${line}"`;
  const keyClass = key.replace(/[^a-z_]/gi, '').toLowerCase();
  return `<span class="lp-chip lp-key-${keyClass}" title="${escapeHtml(key)}"${source}>${prefix}${escapeHtml(value)}</span>`;
}
