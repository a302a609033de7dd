/**
 * Folders of hierarchical URIs (`file:///…`, `vscode-vfs://github/…`), by string: the service walks up from a
 * document to find its configuration without knowing which file system the URI belongs to.
 */

/** The folder holding a URI's last segment, ending in `/`, or null at the top (`scheme://authority/`) or for URIs
 * without folders (`untitled:Untitled-1`). */
export function parentFolder(uri: string): string | null {
  const schemeEnd = uri.indexOf('://');
  if (schemeEnd < 0) return null;
  const authorityEnd = uri.indexOf('/', schemeEnd + 3);
  const slash = uri.lastIndexOf('/', uri.endsWith('/') ? uri.length - 2 : uri.length - 1);
  if (authorityEnd < 0 || slash < authorityEnd) return null;
  return uri.slice(0, slash + 1);
}

/** A folder URI with exactly one trailing slash. */
export function asFolder(uri: string): string {
  return uri.replace(/\/*$/, '/');
}

/** Whether a URI lies inside a folder (or is the folder itself). */
export function isInside(uri: string, folder: string): boolean {
  return uri.startsWith(asFolder(folder));
}
