import { escapeHtml } from './htmlEscape';

export { escapeHtml };

/** A fresh, unguessable nonce for each render of a webview. */
export function createNonce(): string {
  // Web Crypto: the same in Node and in the browser build for vscode.dev.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

export interface ShellOptions {
  /** The webview's own source, as VS Code names it for CSP (`webview.cspSource`). */
  cspSource: string;
  nonce: string;
  title: string;
  scriptUri: string;
  styleUris: readonly string[];
  /** Attributes for the body (data-* only), escaped here. */
  data?: Readonly<Record<string, string>>;
  /** Extra sources allowed for images (a tile server), each an origin such as https://tile.example.org. */
  imageOrigins?: readonly string[];
}

/**
 * The page a webview loads: a strict Content-Security-Policy (nothing but the extension's own media, scripts only
 * with this render's nonce, no inline styles or handlers), the stylesheets and one script.
 */
export function webviewShell(options: ShellOptions): string {
  const images = [options.cspSource, 'data:', ...(options.imageOrigins ?? [])].join(' ');
  const csp = [
    "default-src 'none'",
    `img-src ${images}`,
    `style-src ${options.cspSource}`,
    `font-src ${options.cspSource}`,
    `connect-src ${options.cspSource}`,
    `script-src 'nonce-${options.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const data = Object.entries(options.data ?? {})
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  const styles = options.styleUris
    .map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`)
    .join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(options.title)}</title>
  </head>
  <body${data}>
    <main id="lp-root"></main>
    <script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
  </body>
</html>`;
}
