import type { Localize } from '../l10n';
import { parseDocument } from '../parse';
import type { ParsedDocument } from '../model';
import type { TextEdit } from '../rules/types';
import { tagEdits, tagValueCounts } from './tagEdits';
import { normalizeOperation, tagOperationProblem, type TagOperation } from './tagOperation';
import { valueChoices } from './valueChoices';

/** Where the documents' texts come from: the editor's for open ones (with their version), the disk's for others. */
export interface TextSource {
  /** Whether the service knows the document: a workspace document, or one open in the editor. */
  knows(uri: string): boolean;
  read(uri: string): Promise<{ text: string; version: number | null } | null>;
  t: Localize;
}

/** One document's edits, made on the text of that version (null: as the file was read). */
export interface TagChange {
  uri: string;
  version: number | null;
  edits: TextEdit[];
}

export type TagChangeResult =
  | {
      ok: true;
      changes: TagChange[];
      /** Documents the operation leaves as they are (the value already there, or not there to remove). */
      unchanged: string[];
      skipped: { uri: string; reason: string }[];
    }
  | { ok: false; message: string };

/** How many files are read at once. */
const READERS = 8;

/** The operation's edits for each of the documents, and only for them. */
export async function tagChanges(
  uris: readonly string[],
  operation: TagOperation,
  source: TextSource,
): Promise<TagChangeResult> {
  const problem = tagOperationProblem(operation, source.t);
  if (problem) return { ok: false, message: problem };
  const normalized = normalizeOperation(operation);
  const result = {
    ok: true as const,
    changes: [] as TagChange[],
    unchanged: [] as string[],
    skipped: [] as { uri: string; reason: string }[],
  };
  await readEach(uris, source, (uri, read) => {
    if ('reason' in read) return void result.skipped.push({ uri, reason: read.reason });
    const edits = tagEdits(read.doc, normalized);
    if (edits.length === 0) result.unchanged.push(uri);
    else result.changes.push({ uri, version: read.version, edits });
  });
  return result;
}

/** The values the documents give a key, with how many documents give each, and the key's vocabulary. */
export async function tagValues(
  uris: readonly string[],
  key: string,
  source: TextSource & { locale: string; currentYear: number },
): Promise<{ present: { value: string; count: number }[]; vocabulary: string[] }> {
  const docs: ParsedDocument[] = [];
  await readEach(uris, source, (_uri, read) => {
    if ('doc' in read) docs.push(read.doc);
  });
  const empty = parseDocument('');
  const choices = valueChoices(empty, key.trim().toLowerCase(), '', {
    t: source.t,
    currentYear: source.currentYear,
    locale: source.locale,
  });
  return { present: tagValueCounts(docs, key), vocabulary: choices.map((choice) => choice.value) };
}

type Read = { doc: ParsedDocument; version: number | null } | { reason: string };

/** Reads each document, a few at a time, and hands it over in the order asked. */
async function readEach(
  uris: readonly string[],
  source: TextSource,
  take: (uri: string, read: Read) => void,
): Promise<void> {
  const unique = [...new Set(uris)];
  for (let start = 0; start < unique.length; start += READERS) {
    const batch = unique.slice(start, start + READERS);
    const reads = await Promise.all(batch.map((uri) => readOne(uri, source)));
    batch.forEach((uri, index) => take(uri, reads[index]!));
  }
}

async function readOne(uri: string, source: TextSource): Promise<Read> {
  if (!source.knows(uri)) return { reason: source.t('not a learning-plan document of the workspace') };
  try {
    const read = await source.read(uri);
    if (!read) return { reason: source.t('the file no longer exists') };
    const doc = parseDocument(read.text);
    if (doc.kind === 'other') return { reason: source.t('no longer a learning-plan document') };
    return { doc, version: read.version };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}
