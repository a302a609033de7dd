import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFileError as describe } from '../hosts/nodeFiles';
import { english, type Localize } from '../service';

export type OutputOutcome = { ok: true } | { ok: false; message: string };

/**
 * Writes a report file whole or not at all: the bytes go to a new file beside it, flushed, then renamed over it, so
 * that a full disk or a crash never leaves half a report, nor damages the report that was there. Why it could not be
 * written is said with `t`.
 */
export async function writeOutput(
  path: string,
  bytes: Uint8Array,
  t: Localize = english,
): Promise<OutputOutcome> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return { ok: false, message: t('is a folder: name a file for the report.') };
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return {
      ok: false,
      message: t('could not write the report: {0}', describe(error as NodeJS.ErrnoException, t)),
    };
  }
}
