import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WORKSPACE_DOCUMENT_MAX_BYTES } from '../../protocol';
import type { WorkspaceFileSystem } from './fileSystem';

const EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);

export const nodeFileSystem: WorkspaceFileSystem = {
  async *list(folderUri, isCancelled) {
    if (!folderUri.startsWith('file:')) return;
    const seen = new Set<string>();
    const pending = [fileURLToPath(folderUri)];
    // Links may lead anywhere (`/usr`, another project): only what really lies in the folder is the workspace's.
    const inside = await insideOf(pending[0]!);
    while (pending.length > 0 && !isCancelled()) {
      const folder = pending.pop()!;
      const real = await realpath(folder).catch(() => null);
      if (!real || seen.has(real) || !inside(real)) continue;
      seen.add(real);
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        const linked = entry.isSymbolicLink() ? await realpath(path).catch(() => null) : null;
        if (entry.isSymbolicLink() && (!linked || !inside(linked))) continue;
        const info = linked ? await stat(linked).catch(() => null) : null;
        if (entry.isDirectory() || info?.isDirectory()) pending.push(path);
        else if ((entry.isFile() || info?.isFile()) && EXTENSIONS.has(extname(entry.name).toLowerCase())) {
          const details = info ?? (await stat(path).catch(() => null));
          if (details && details.size <= WORKSPACE_DOCUMENT_MAX_BYTES)
            yield { uri: pathToFileURL(path).href, stamp: `${details.mtimeMs}:${details.size}` };
        }
      }
    }
  },
  async read(uri) {
    return readFile(fileURLToPath(uri), 'utf8').catch(() => null);
  },
};

/** Whether a real path lies in the folder (by the folder's own real path); nothing does if it cannot be resolved. */
async function insideOf(folder: string): Promise<(real: string) => boolean> {
  const root = await realpath(folder).catch(() => null);
  if (root === null) return () => false;
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (real) => real === root || real.startsWith(prefix);
}
