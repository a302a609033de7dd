import type { ExtensionToPreview, PreviewToExtension } from '../src/panels/messages';
import { restoreFocus, rememberFocus } from './focusMemory';
import { elementForLine } from './sourceLines';
import { vscode } from './vscodeApi';

const root = document.getElementById('lp-root')!;
const send = (message: PreviewToExtension) => vscode.postMessage(message);

function isMessage(value: unknown): value is ExtensionToPreview {
  const message = value as ExtensionToPreview | null;
  return (
    (message?.type === 'render' && typeof message.html === 'string' && typeof message.uri === 'string') ||
    (message?.type === 'scrollTo' && Number.isInteger(message.line))
  );
}

/**
 * The HTML comes from the extension, which renders documents with raw HTML disabled and every value escaped. The
 * page is redrawn on every edit: whatever had the focus gets it back, so a keyboard user keeps their place.
 */
function render(html: string): void {
  const scroll = window.scrollY;
  const focused = rememberFocus(root);
  root.innerHTML = html;
  restoreFocus(root, focused);
  window.scrollTo(0, scroll);
}

function scrollTo(line: number): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-source-line]')];
  const lines = elements.map((element) => ({ line: Number(element.dataset.sourceLine) }));
  elements[elementForLine(lines, line)]?.scrollIntoView({ block: 'start' });
}

/** The source line an element stands for: its own, or that of the nearest element around it that has one. */
function lineOf(target: HTMLElement): number | null {
  const jump =
    target.closest<HTMLElement>('[data-line]') ?? target.closest<HTMLElement>('[data-source-line]');
  const line = Number(jump?.dataset.line ?? jump?.dataset.sourceLine);
  return Number.isInteger(line) && line >= 0 ? line : null;
}

window.addEventListener('message', (event) => {
  if (!isMessage(event.data)) return;
  if (event.data.type === 'render') {
    render(event.data.html);
    vscode.setState({ uri: event.data.uri });
  } else scrollTo(event.data.line);
});

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const link = target.closest('a');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(href)) send({ type: 'openLink', href });
    return;
  }
  const line = lineOf(target);
  if (line !== null) send({ type: 'reveal', line });
});

// Buttons and links act on Enter by themselves; the answers, focusable blocks of text, act on Enter here.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || !target.matches('[tabindex="0"][data-source-line]')) return;
  event.preventDefault();
  const line = lineOf(target);
  if (line !== null) send({ type: 'reveal', line });
});

send({ type: 'ready' });
