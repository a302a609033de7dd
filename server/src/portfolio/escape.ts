import { escapeUTF8 } from 'entities/escape';

/** Text made safe for HTML and SVG, in content and in quoted attributes alike (& < > " ' escaped). */
export function escapeMarkup(text: string): string {
  return escapeUTF8(text);
}
