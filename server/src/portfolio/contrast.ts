/** Text on a coloured background, dark or light by the colour's luminance (WCAG 2.1's definition), never by eye. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white); null for anything else. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return null;
  const value = Number.parseInt(match[1]!, 16);
  return (
    0.2126 * channel((value >> 16) & 0xff) +
    0.7152 * channel((value >> 8) & 0xff) +
    0.0722 * channel(value & 0xff)
  );
}

export function contrast(first: number, second: number): number {
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/** Black or white, whichever reads better on the colour (black on anything else). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const background = luminance(hex);
  if (background === null) return '#000000';
  return contrast(background, 0) >= contrast(background, 1) ? '#000000' : '#ffffff';
}
