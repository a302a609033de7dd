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
      bytes: Uint8Array;
      /** The file's device and inode: the same file under two names (a link) is one document. */
      identity: string;
    }
  | { ok: false; reason: 'binary' | 'unreadable'; message: string };

const BOM = '\ufeff';

/**
 * Reads a document as UTF-8 text. A BOM is set aside (editors hide it; positions count from after it). Binary
 * content (NUL bytes) is refused; invalid UTF-8 is read with replacement characters and flagged, so that it is
 * checked but never written back. Why a file was not read is said with `t`.
 */
export async function readDocument(path: string, t: Localize = english): Promise<ReadOutcome> {
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
  return { ok: true, text: bom ? text.slice(1) : text, bom, validUtf8, bytes, identity };
}

/**
 * The file's bytes and identity, in one opening: synchronous, which is cheaper than the thread pool's round trips
 * file after file, and with the same calls as reading the file whole.
 */
function readWhole(path: string): { bytes: Buffer; identity: string } {
  const descriptor = openSync(path, 'r');
  try {
    const info = fstatSync(descriptor);
    const chunks: Buffer[] = [];
    let size = Math.max(info.size, 1024);
    for (;;) {
      const chunk = Buffer.allocUnsafe(size);
      const length = readSync(descriptor, chunk, 0, size, null);
      if (length === 0) break;
      chunks.push(length === size ? chunk : chunk.subarray(0, length));
      size = 64 * 1024;
    }
    return { bytes: Buffer.concat(chunks), identity: `${info.dev}:${info.ino}` };
  } finally {
    closeSync(descriptor);
  }
}

export function withBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
