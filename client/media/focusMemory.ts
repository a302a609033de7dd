/** Which element had the focus, told by what it shows rather than by identity, so that a redrawn page can find it. */
export interface FocusMark {
  selector: string;
  index: number;
}

/** The focusable elements a page can give the focus back to. */
const FOCUSABLE = 'button, a[href], summary, [tabindex="0"]';

/**
 * Notes where the focus is inside `root`, when the page has it: a page the user is not in (they are typing in the
 * editor) must not take the focus back when it is redrawn.
 */
export function rememberFocus(root: HTMLElement): FocusMark | null {
  const active = document.activeElement;
  if (!document.hasFocus() || !(active instanceof HTMLElement) || !root.contains(active)) return null;
  if (!active.matches(FOCUSABLE)) return null;
  const selector = markOf(active);
  return { selector, index: [...root.querySelectorAll(selector)].indexOf(active) };
}

/** Gives the focus back to the element that matches the mark, without scrolling. */
export function restoreFocus(root: HTMLElement, mark: FocusMark | null): void {
  if (!mark) return;
  const candidates = [...root.querySelectorAll<HTMLElement>(mark.selector)];
  (candidates[mark.index] ?? candidates[0])?.focus({ preventScroll: true });
}

/** A selector for the element: its tag and classes, within the source line it shows (what a redraw keeps). */
function markOf(element: HTMLElement): string {
  const own =
    element.tagName.toLowerCase() + [...element.classList].map((name) => `.${CSS.escape(name)}`).join('');
  const holder = element.closest<HTMLElement>('[data-source-line]');
  if (!holder) return own;
  const line = `[data-source-line="${CSS.escape(holder.dataset.sourceLine ?? '')}"]`;
  return holder === element ? `${own}${line}` : `${line} ${own}`;
}
