import { escapeHtml } from './htmlEscape';

/**
 * A chip: a button that goes to its tag when it has a source line (so the keyboard reaches it too), plain text
 * otherwise.
 */
function chip(classes: string, title: string, content: string, line: number | undefined): string {
  const attributes = `class="lp-chip ${classes}" title="${escapeHtml(title)}"`;
  return line === undefined
    ? `<span ${attributes}>${content}</span>`
    : `<button type="button" ${attributes} data-source-line="${line}">${content}</button>`;
}

/**
 * An SDG as the platform shows it: a chip in the goal's official colour, with its number (classes `lp-sdg-N`,
 * whose colours the generated sdg-colours.css holds).
 */
export function sdgChip(number: number, name: string, line?: number): string {
  return chip(
    `lp-sdg lp-sdg-${number}`,
    `SDG ${number}: ${name}`,
    `<b>${number}</b> ${escapeHtml(name)}`,
    line,
  );
}

/** Any other tag value as a chip, marked with its key. */
export function tagChip(key: string, value: string, line?: number, prefix = ''): string {
  const keyClass = key.replace(/[^a-z_]/gi, '').toLowerCase();
  return chip(`lp-key-${keyClass}`, key, `${prefix}${escapeHtml(value)}`, line);
}
