import { readFileSync } from 'node:fs';
import { describe } from './walk';

export type ReadOutcome =
  | { ok: true; text: string; bom: boolean; validUtf8: boolean; bytes: Uint8Array }
  | { ok: false; reason: 'binary' | 'unreadable'; message: string };

const BOM = '\ufeff';

/**
 * Reads a document as UTF-8 text. A BOM is set aside (editors hide it; positions count from after it). Binary
 * content (NUL bytes) is refused; invalid UTF-8 is read with replacement characters and flagged, so that it is
 * checked but never written back.
 */
export async function readDocument(path: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    // One synchronous read is cheaper than the thread-pool round trips of an asynchronous one, file after file.
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: describe(error as NodeJS.ErrnoException) };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, reason: 'binary', message: 'binary file, not a text document' };
  let text: string;
  let validUtf8 = true;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    validUtf8 = false;
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
  const bom = text.startsWith(BOM);
  // The bytes as read, so that fixes are written only over a file that still holds them.
  return { ok: true, text: bom ? text.slice(1) : text, bom, validUtf8, bytes };
}

export function withBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
