import { readFile, statSync, type Stats } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCUMENT_MAX_BYTES, isDocumentName, isSkippedFolder, type ServiceHost } from '../service';

/**
 * A file's text from disk; null when there is none; an error in the user's words when it cannot be read. Read with
 * the callback API, whose one request costs a half of the promise API's four round trips (open, stat, read, close).
 */
export async function readNodeFile(uri: string): Promise<string | null> {
  if (!uri.startsWith('file:')) return null;
  try {
    return await readUtf8(fileURLToPath(uri));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new Error(describeFileError(error as NodeJS.ErrnoException));
  }
}

function readUtf8(path: string): Promise<string> {
  return new Promise((resolve, reject) =>
    readFile(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text))),
  );
}

/**
 * The documents below a folder on disk, each real folder once (no symlink loops). A symbolic link is followed only
 * when it leads to a place inside the folder: a link to /usr is not part of the workspace. URIs keep the folder's
 * own spelling (not the real paths), as the editor names the same files.
 */
export async function* listNodeDocuments(
  folderUri: string,
  isCancelled: () => boolean,
): AsyncIterable<{ uri: string; stamp: string }> {
  if (!folderUri.startsWith('file:')) return;
  const top = fileURLToPath(folderUri);
  const root = await realpath(top).catch(() => null);
  if (!root) return;
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const seen = new Set<string>();
  const pending = [{ path: top, real: root }];
  while (pending.length > 0 && !isCancelled()) {
    const folder = pending.pop()!;
    if (seen.has(folder.real)) continue;
    seen.add(folder.real);
    const entries = await readdir(folder.path, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (isSkippedFolder(entry.name)) continue;
      const path = join(folder.path, entry.name);
      const found = await resolveEntry(join(folder.real, entry.name), entry.isSymbolicLink(), inside);
      if (found?.info.isDirectory()) pending.push({ path, real: found.real });
      else if (found?.info.isFile() && isDocumentName(entry.name) && found.info.size <= DOCUMENT_MAX_BYTES)
        yield { uri: pathToFileURL(path).href, stamp: `${found.info.mtimeMs}:${found.info.size}` };
    }
  }
}

/** An entry's real path and details, or null when it cannot be read or leads out of the workspace. */
async function resolveEntry(
  path: string,
  isLink: boolean,
  inside: (real: string) => boolean,
): Promise<{ real: string; info: Stats } | null> {
  // Below a real folder only a link can lead elsewhere.
  const real = isLink ? await realpath(path).catch(() => null) : path;
  if (real === null || !inside(real)) return null;
  // Synchronous, as reading: a folder's entries are stated one after the other, without the thread pool's trips.
  let info: Stats | undefined;
  try {
    info = statSync(real, { throwIfNoEntry: false });
  } catch {
    return null;
  }
  return info ? { real, info } : null;
}

/** Why a file cannot be read, in the user's words. */
export function describeFileError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error.message;
  }
}

/** The host for Node: the disk, the clock, and the editor's settings from the caller. */
export function nodeHost(settings: ServiceHost['settings'], now: () => Date = () => new Date()): ServiceHost {
  return { readFile: readNodeFile, listDocuments: listNodeDocuments, settings, now };
}
