import { crossDocumentFindings } from '../features/crossDocument';
import type { IndexEntry } from '../features/indexEntry';
import type { Localize } from '../l10n';
import type { Readiness } from '../features/readiness';
import type { DocKind, FormId, Severity } from '../model';
import type { Finding } from '../rules/types';
import type { ResolvedSettings } from '../settings';
import type { Directive } from '../suppressions';

/** What the service keeps of each workspace document, open or not: small, so that thousands fit. */
export interface IndexRecord {
  /** The file's stamp when it was read, or 'open' while an editor has it. */
  stamp: string;
  /** What the document is and which form it follows. */
  kind: DocKind;
  form: FormId | null;
  /** Its summary for the maps and the rules across documents; null for documents that are no learning plans. */
  entry: IndexEntry | null;
  /** What its check found, once it was checked (a workspace read for its map alone is not). */
  checked?: CheckedRecord;
  directives: readonly Directive[];
  settings: ResolvedSettings;
}

export interface CheckedRecord {
  /** Its own findings as of its last reading from disk (an open document's come from its analysis instead). */
  own: readonly Finding[];
  /**
   * Ready for the platform, or what blocks it, by its own findings (those across documents are added on demand);
   * absent when the service was asked not to work it out (a check that reports findings only).
   */
  readiness?: Readiness;
  /** How many own findings it has of each severity. */
  counts: Record<Severity, number>;
  /** The line of its first own error or warning, or null. */
  firstProblemLine: number | null;
}

/**
 * Every document of the workspace with its summary, and the findings across documents worked out from the summaries:
 * again only after a summary changed, and reported to the caller as the documents whose findings moved.
 */
export class DocumentIndex {
  private readonly records = new Map<string, IndexRecord>();
  private cross = new Map<string, Finding[]>();
  private reported = new Map<string, string>();
  private stale = false;

  constructor(private readonly t: Localize) {}

  get(uri: string): IndexRecord | undefined {
    return this.records.get(uri);
  }

  has(uri: string): boolean {
    return this.records.has(uri);
  }

  uris(): string[] {
    return [...this.records.keys()];
  }

  set(uri: string, record: IndexRecord): void {
    const before = this.records.get(uri);
    this.records.set(uri, record);
    if (!before || !sameForCross(before, record)) this.stale = true;
  }

  delete(uri: string): void {
    if (this.records.delete(uri)) this.stale = true;
  }

  entries(): IndexEntry[] {
    return [...this.records.values()].flatMap(({ entry }) => (entry ? [entry] : []));
  }

  /** The document's findings across documents. */
  crossFindings(uri: string): readonly Finding[] {
    this.refresh();
    return this.cross.get(uri) ?? [];
  }

  /** The documents whose findings across documents changed since the last call. */
  changes(): string[] {
    this.refresh();
    const changed: string[] = [];
    for (const uri of new Set([...this.reported.keys(), ...this.cross.keys()])) {
      const key = JSON.stringify(this.cross.get(uri) ?? []);
      if ((this.reported.get(uri) ?? '[]') === key) continue;
      changed.push(uri);
      if (key === '[]') this.reported.delete(uri);
      else this.reported.set(uri, key);
    }
    return changed;
  }

  private refresh(): void {
    if (!this.stale) return;
    this.stale = false;
    this.cross = crossDocumentFindings(this.entries(), this.t, (uri) => this.records.get(uri));
  }
}

/** Whether two readings of a document give the rules across documents the same to work on. */
function sameForCross(a: IndexRecord, b: IndexRecord): boolean {
  return (
    a.settings === b.settings &&
    JSON.stringify(a.entry) === JSON.stringify(b.entry) &&
    JSON.stringify(a.directives) === JSON.stringify(b.directives)
  );
}
