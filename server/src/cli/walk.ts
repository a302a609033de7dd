import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt']);

export interface WalkResult {
  files: string[];
  /** Paths that could not be read, with why, in the user's words. */
  problems: { path: string; message: string }[];
}

/**
 * The documents under the given paths: files as given (whatever their extension), folders recursively for
 * .md and .txt files, skipping node_modules and dot-folders, and each real folder once (no symlink loops).
 */
export async function collectFiles(paths: readonly string[]): Promise<WalkResult> {
  const result: WalkResult = { files: [], problems: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      result.problems.push({ path, message: describe(info) });
    } else if (info.isDirectory()) {
      await walkFolder(path, result, seen);
    } else {
      result.files.push(path);
    }
  }
  return result;
}

async function walkFolder(folder: string, result: WalkResult, seen: Set<string>): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    result.problems.push({ path: folder, message: describe(entries) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) await walkFolder(path, result, seen);
    else if (isFile && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) result.files.push(path);
  }
}

export function describe(error: NodeJS.ErrnoException): string {
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
