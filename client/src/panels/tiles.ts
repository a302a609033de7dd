/** The scheme and host of an https URL, without credentials (which could make the host another one). */
const HTTPS_HOST = /^https:\/\/([^/?#@\\]+)(?=[/?#]|$)/i;

/**
 * What a tile URL template loads from, as a Content-Security-Policy source, when it is an https URL; anything else
 * adds no tiles. A host with a placeholder (`{s}`, Leaflet's subdomains a, b, c) allows every name the placeholder
 * can become: `https://{s}.tile.example.org/{z}/{x}/{y}.png` loads from `https://*.tile.example.org`. A wildcard
 * must leave at least a domain and its suffix: `https://{s}.org` names no one server and adds no tiles.
 */
export function tileOrigin(template: string): string | null {
  const host = HTTPS_HOST.exec(template)?.[1];
  if (!host) return null;
  const labels = host.split('.');
  let lastPlaceholder = -1;
  labels.forEach((label, index) => {
    if (/[{}]/.test(label)) lastPlaceholder = index;
  });
  const fixed = labels.slice(lastPlaceholder + 1);
  if (lastPlaceholder >= 0 && fixed.length < 2) return null;
  try {
    const url = new URL(`https://${fixed.join('.')}/`);
    return lastPlaceholder < 0 ? url.origin : `https://*.${url.host}`;
  } catch {
    return null;
  }
}
