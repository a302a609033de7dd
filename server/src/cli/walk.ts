import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { english, isDocumentName, isSkippedFolder, type Localize } from '../service';
import { describeFileError as describe } from '../hosts/nodeFiles';

export interface WalkResult {
  files: string[];
  /** Paths that could not be read, with why, in the user's words. */
  problems: { path: string; message: string }[];
}

/**
 * The documents under the given paths: files as given (whatever their extension), folders recursively for
 * .md and .txt files, skipping node_modules and dot-folders, each real folder and file once (no symlink loops, no
 * file checked or fixed twice under two names).
 *
 * A path given on the command line is followed wherever it leads: the user named it. Inside a folder, a symbolic
 * link is followed only when it leads to somewhere in that same folder: whoever put the link there (a cloned
 * repository, say) is not the user, and `check --fix .` must neither wander into `/usr` nor write outside the tree
 * it was pointed at. Name a link on the command line to check what it leads to. What could not be read is said with
 * `t`.
 */
export async function collectFiles(paths: readonly string[], t: Localize = english): Promise<WalkResult> {
  const result: WalkResult = { files: [], problems: [] };
  const walk: Walk = { result, folders: new Set(), files: new Set(), root: '', t };
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      result.problems.push({ path, message: describe(info, t) });
    } else if (info.isDirectory()) {
      walk.root = await realpath(path).catch(() => path);
      await walkFolder(path, walk);
    } else {
      await addFile(path, walk);
    }
  }
  return result;
}

interface Walk {
  result: WalkResult;
  /** The folders (by real path) and files (by path) taken so far. */
  folders: Set<string>;
  files: Set<string>;
  /** Real path of the folder given on the command line that is being walked. */
  root: string;
  t: Localize;
}

/**
 * Each file once by its path; the same file under two names (a symbolic or a hard link) is recognised by its device
 * and inode when it is read (readDocument.ts), without a look at every file here.
 */
async function addFile(path: string, walk: Walk): Promise<void> {
  if (walk.files.has(path)) return;
  walk.files.add(path);
  walk.result.files.push(path);
}

function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function walkFolder(folder: string, walk: Walk): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  if (walk.folders.has(real)) return;
  walk.folders.add(real);
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    walk.result.problems.push({ path: folder, message: describe(entries, walk.t) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkippedFolder(entry.name)) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      if (target === null || !isInside(target, walk.root)) continue;
      const info = await stat(target).catch(() => null);
      isDirectory = info?.isDirectory() ?? false;
      isFile = info?.isFile() ?? false;
    }
    if (isDirectory) await walkFolder(path, walk);
    else if (isFile && isDocumentName(entry.name)) await addFile(path, walk);
  }
}
