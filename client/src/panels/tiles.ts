/** The origin a tile URL template loads from, when it is an https URL; anything else adds no tiles. */
export function tileOrigin(template: string): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/gi, '0'));
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
