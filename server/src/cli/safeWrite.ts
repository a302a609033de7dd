import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, open, readFile, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFileError as describe } from '../hosts/nodeFiles';
import { english, type Localize } from '../service';

export type WriteOutcome =
  { written: true } | { written: false; reason: 'changed' | 'read-only' | 'failed'; message: string };

/**
 * Writes a document's fixes, only if the file still holds the bytes that were read (an editor may have saved it
 * since), and only as its user could: never a file without write permission for them, even when running as root.
 *
 * Where the bytes go:
 * - A symbolic link is followed: its target gets the fixes, and the link stays a link.
 * - A file with one name, whose owner and group the new copy can keep, is replaced atomically: the new content is
 *   written and flushed to a temporary file beside it, given the file's mode (and owner), and renamed over it. A
 *   crash leaves either the old file or the new one, never half of one.
 * - A file with several names (hard links) is written in place, since a rename would give it a new inode and
 *   split it from its other names; so is a file whose owner the copy could not keep. Before the first byte is
 *   written, a copy of the original is written and flushed beside it, and removed once the new content is on disk:
 *   a crash in between leaves the original in that copy (`.name.<random>.orig`). A folder that refuses the copy leaves
 *   the file unfixed rather than unprotected.
 *
 * Why the fixes were not written is said with `t`.
 */
export async function writeFixes(
  path: string,
  read: Uint8Array,
  content: string,
  t: Localize = english,
): Promise<WriteOutcome> {
  try {
    const target = await realpath(path);
    const info = await stat(target);
    if (!(await mayWrite(target, info))) return notFixed('read-only', t('read-only, not fixed'));
    const bytes = Buffer.from(content, 'utf8');
    const written =
      info.nlink === 1 && canKeepOwner(info)
        ? await replace(target, info, read, bytes)
        : await writeInPlace(target, read, bytes);
    return written ? { written: true } : notFixed('changed', t('changed on disk, not fixed'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return notFixed('changed', t('changed on disk, not fixed'));
    return notFixed(
      'failed',
      t('could not write the fixes: {0}', describe(error as NodeJS.ErrnoException, t)),
    );
  }
}

function notFixed(reason: 'changed' | 'read-only' | 'failed', message: string): WriteOutcome {
  return { written: false, reason, message };
}

/**
 * Whether the user may write the file. The system says so for ordinary users (mode, access lists, read-only
 * mounts); root may write anything, so for root a file must also have a write permission bit for someone.
 */
async function mayWrite(target: string, info: Stats): Promise<boolean> {
  if (!info.isFile()) return false;
  const writable = await access(target, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable && (process.getuid?.() !== 0 || (info.mode & 0o222) !== 0);
}

/** A new file is the user's: it can stand in for the old one only if that was the user's too, or if root. */
function canKeepOwner(info: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || uid === 0 || (uid === info.uid && process.getgid?.() === info.gid);
}

function beside(target: string, suffix: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

async function isUnchanged(target: string, read: Uint8Array): Promise<boolean> {
  return Buffer.from(read).equals(await readFile(target));
}

/** Temporary file, flush, same mode and owner, then a rename: atomic where the file system allows it. */
async function replace(target: string, info: Stats, read: Uint8Array, bytes: Buffer): Promise<boolean> {
  const temporary = beside(target, 'tmp');
  try {
    await writeFlushed(temporary, bytes, async (handle) => {
      if (process.getuid?.() === 0) await handle.chown(info.uid, info.gid);
      await handle.chmod(info.mode & 0o7777);
    });
    // Compared last, right before the rename: an edit saved while the fixes were computed is never overwritten.
    if (!(await isUnchanged(target, read))) {
      await unlink(temporary);
      return false;
    }
    await rename(temporary, target);
    await flushFolder(dirname(target));
    return true;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** In place through the file's own handle, with a flushed copy of the original beside it until the end. */
async function writeInPlace(target: string, read: Uint8Array, bytes: Buffer): Promise<boolean> {
  const handle = await open(target, 'r+');
  try {
    const current = await handle.readFile();
    if (!Buffer.from(read).equals(current)) return false;
    const original = beside(target, 'orig');
    await writeFlushed(original, current);
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
    await unlink(original);
    return true;
  } finally {
    await handle.close();
  }
}

/** Creates a new file (never an existing one), readable by its owner only until `prepare` says otherwise. */
async function writeFlushed(
  path: string,
  bytes: Uint8Array,
  prepare: (handle: FileHandle) => Promise<void> = async () => undefined,
): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await prepare(handle);
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some systems do not open folders, and then the rename is as durable as they make it. */
async function flushFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
