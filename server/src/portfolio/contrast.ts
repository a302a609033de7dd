/**
 * Colour contrast as WCAG 2.1 defines it (relative luminance, contrast ratio), so that text on a coloured
 * background is chosen by computation rather than by eye. Plain functions of `#rrggbb` strings, the one copy shared
 * by the extension's SDG stylesheet, the portfolio's page and the command line's report.
 */

const HEX = /^#([0-9a-f]{6})$/i;

/** The channels of a `#rrggbb` colour, 0–255. */
function channels(hex: string): [number, number, number] {
  const match = HEX.exec(hex.trim());
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1]!, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Relative luminance, 0 (black) to 1 (white), of a `#rrggbb` colour in sRGB. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

export const BLACK = '#000000';
export const WHITE = '#ffffff';

/** Black or white text, whichever contrasts more with the background (always at least 4.58:1). */
export function textColourOn(background: string): typeof BLACK | typeof WHITE {
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}
