/** The keys the maps act on, beyond Leaflet's own (arrows pan, + and − zoom). */

/** What the maps read of a key press (a KeyboardEvent has it). */
interface Keys {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Enter or Space, without a modifier: what activates a button. */
export function isActivation(event: Keys): boolean {
  return (event.key === 'Enter' || event.key === ' ') && !event.altKey && !event.ctrlKey && !event.metaKey;
}

const ARROWS: Readonly<Record<string, { x: number; y: number }>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * Shift and an arrow key move a document's marker one step, on screen axes (y grows downwards). Shift alone, as
 * plain arrows pan the map, and Alt with an arrow is the browser's history.
 */
export function moveStep(event: Keys): { x: number; y: number } | null {
  if (!event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return null;
  return ARROWS[event.key] ?? null;
}
