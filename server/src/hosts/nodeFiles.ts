import { readFile, statSync, type Stats } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DOCUMENT_MAX_BYTES,
  english,
  isDocumentName,
  isSkippedFolder,
  type Localize,
  type ServiceHost,
} from '../service';

/**
 * A file's text from disk; null when there is none; an error in the user's words (and language, `t`) when it cannot
 * be read. Read with the callback API, whose one request costs a half of the promise API's four round trips (open,
 * stat, read, close).
 */
export async function readNodeFile(uri: string, t: Localize = english): Promise<string | null> {
  if (!uri.startsWith('file:')) return null;
  try {
    return await readUtf8(fileURLToPath(uri));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new Error(describeFileError(error as NodeJS.ErrnoException, t));
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

/** Why a file cannot be read or written, in the user's words and language. */
export function describeFileError(error: NodeJS.ErrnoException, t: Localize = english): string {
  switch (error.code) {
    case 'ENOENT':
      return t('no such file or folder');
    case 'EACCES':
    case 'EPERM':
      return t('permission denied');
    case 'EISDIR':
      return t('is a folder');
    case 'ENOTDIR':
      return t('a part of the path is not a folder');
    case 'ELOOP':
      return t('too many symbolic links');
    case 'ENAMETOOLONG':
      return t('the name is too long');
    case 'ENOSPC':
      return t('no space left on the disk');
    case 'EDQUOT':
      return t('the disk quota is used up');
    case 'EROFS':
      return t('the file system is read-only');
    case 'EIO':
      return t('the disk could not be read or written');
    case 'EMFILE':
    case 'ENFILE':
      return t('too many files are open');
    default:
      // The system's own words are in English: its error code, which is the same in every language, says it too.
      return error.code ? t('system error {0}', error.code) : error.message;
  }
}

/** The host for Node: the disk, the clock, and the editor's settings from the caller; `t` words what cannot be read. */
export function nodeHost(
  settings: ServiceHost['settings'],
  now: () => Date = () => new Date(),
  t: Localize = english,
): ServiceHost {
  return { readFile: (uri) => readNodeFile(uri, t), listDocuments: listNodeDocuments, settings, now };
}
