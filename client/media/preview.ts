import type { ExtensionToPreview, PreviewToExtension } from '../src/panels/messages';
import { elementForLine } from './sourceLines';
import { vscode } from './vscodeApi';

const root = document.getElementById('lp-root')!;
const send = (message: PreviewToExtension) => vscode.postMessage(message);

function isMessage(value: unknown): value is ExtensionToPreview {
  const message = value as ExtensionToPreview | null;
  return (
    (message?.type === 'render' && typeof message.html === 'string') ||
    (message?.type === 'scrollTo' && Number.isInteger(message.line))
  );
}

/** The HTML comes from the extension, which renders documents with raw HTML disabled and every value escaped. */
function render(html: string): void {
  const scroll = window.scrollY;
  root.innerHTML = html;
  window.scrollTo(0, scroll);
}

function scrollTo(line: number): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-source-line]')];
  const lines = elements.map((element) => ({ line: Number(element.dataset.sourceLine) }));
  elements[elementForLine(lines, line)]?.scrollIntoView({ block: 'start' });
}

window.addEventListener('message', (event) => {
  if (!isMessage(event.data)) return;
  if (event.data.type === 'render') render(event.data.html);
  else scrollTo(event.data.line);
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
  const jump =
    target.closest<HTMLElement>('[data-line]') ?? target.closest<HTMLElement>('[data-source-line]');
  const line = Number(jump?.dataset.line ?? jump?.dataset.sourceLine);
  if (Number.isInteger(line) && line >= 0) send({ type: 'reveal', line });
});

send({ type: 'ready' });
