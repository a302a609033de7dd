import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { describeFileError as describe } from '../hosts/nodeFiles';
import { english, type Localize } from '../service';

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      bom: boolean;
      validUtf8: boolean;
      /** The bytes as read, when asked for (to fix the file only if it still holds them); null otherwise. */
      bytes: Uint8Array | null;
      /** The file's device and inode: the same file under two names (a link) is one document. */
      identity: string;
    }
  | { ok: false; reason: 'binary' | 'unreadable'; message: string };

const BOM = '\ufeff';

/**
 * Reads a document as UTF-8 text. A BOM is set aside (editors hide it; positions count from after it). Binary
 * content (NUL bytes) is refused; invalid UTF-8 is read with replacement characters and flagged, so that it is
 * checked but never written back. Its bytes are kept only when `keepBytes` asks for them; why a file was not read is
 * said with `t`.
 */
export async function readDocument(
  path: string,
  keepBytes = false,
  t: Localize = english,
): Promise<ReadOutcome> {
  let read: { bytes: Buffer; identity: string };
  try {
    read = readWhole(path);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: describe(error as NodeJS.ErrnoException, t) };
  }
  const { bytes, identity } = read;
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, reason: 'binary', message: t('binary file, not a text document') };
  const validUtf8 = isUtf8(bytes);
  // Invalid sequences read as replacement characters: checked, never written back.
  const text = bytes.toString('utf8');
  const bom = text.startsWith(BOM);
  // The bytes as read, so that fixes are written only over a file that still holds them.
  return {
    ok: true,
    text: bom ? text.slice(1) : text,
    bom,
    validUtf8,
    bytes: keepBytes ? new Uint8Array(bytes) : null,
    identity,
  };
}

/** One buffer that every file is read into, grown to the largest file: no allocation per file. */
let scratch: Buffer = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * The file's bytes (a view of the shared buffer, valid until the next read) and identity, in one opening:
 * synchronous, which is cheaper than the thread pool's round trips file after file, and with the same calls as
 * reading the file whole.
 */
function readWhole(path: string): { bytes: Buffer; identity: string } {
  const descriptor = openSync(path, 'r');
  try {
    const info = fstatSync(descriptor);
    let length = 0;
    for (;;) {
      // Room for the whole file and a byte more, so that a file that grew since its size was read is read whole.
      if (scratch.length < Math.max(info.size, length) + 1)
        scratch = growTo(scratch, length, Math.max(info.size, length) * 2 + 1024);
      const read = readSync(descriptor, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { bytes: scratch.subarray(0, length), identity: `${info.dev}:${info.ino}` };
  } finally {
    closeSync(descriptor);
  }
}

function growTo(buffer: Buffer, used: number, size: number): Buffer {
  const grown = Buffer.allocUnsafeSlow(size);
  buffer.copy(grown, 0, 0, used);
  return grown;
}

export function withBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
