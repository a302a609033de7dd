import { analyzeText } from '../analysis/analyze';
import { checkDocument } from '../check';
import type { WorkspaceEntry } from '../features/indexEntry';
import type { DocumentFile, ServiceHost } from '../host';
import type { Localize } from '../l10n';
import type { Finding, Rule } from '../rules/types';
import type { ResolvedSettings } from '../settings';
import { DocumentIndex, type IndexRecord } from './documentIndex';
import { isDocumentName } from './documentFiles';
import { OpenDocuments } from './openDocuments';
import { checkedOf, recordOf, sortFindings, workspaceEntry } from './records';
import { isInside } from './uris';

export interface ScanProgress {
  report(done: number, found: number): void;
  isCancelled(): boolean;
}

export interface WorkspaceOptions {
  t: Localize;
  rules: readonly Rule[] | undefined;
  settingsFor(uri: string): Promise<ResolvedSettings>;
  onRuleFailure(uri: string, rule: string, error: unknown): void;
  /** Whether each checked document's readiness is worked out: the portfolio needs it, a check of findings does not. */
  readiness?: boolean;
}

/** How many files are read at once while scanning. */
const READERS = 8;
/**
 * How long a scan works before it lets other messages through (a request, a cancel): the host may read files
 * synchronously, and a chain of resolved reads would otherwise hold the event loop until the whole scan is done.
 */
const SLICE_MS = 20;

/** A turn of the event loop for whatever waits. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The documents the service knows: those open in an editor (their text wins) and the workspace's files on disk,
 * each read once per change into a small record. Own findings and findings across documents come from here.
 */
export class Workspace {
  readonly open: OpenDocuments;
  private readonly index: DocumentIndex;
  /** Open documents whose record must be brought up to date from their text. */
  private readonly pending = new Set<string>();
  private folders: string[] = [];
  /** Whether the caller gathered a workspace (scanned folders, added files): only then do documents meet. */
  private active = false;
  /** Whether the workspace's documents are checked as they are read (its problems are shown), or only indexed. */
  private checking = false;

  constructor(
    private readonly host: ServiceHost,
    private readonly options: WorkspaceOptions,
  ) {
    this.open = new OpenDocuments(options.settingsFor, options.rules, options.onRuleFailure);
    this.index = new DocumentIndex(options.t);
  }

  openDocument(uri: string, text: string, version: number): void {
    this.open.set(uri, text, version);
    if (this.belongs(uri)) this.pending.add(uri);
  }

  /** The document is closed: unless it is gone, its findings now come from the file. */
  async closeDocument(uri: string): Promise<boolean> {
    this.open.delete(uri);
    this.pending.delete(uri);
    if (!this.index.has(uri)) return false;
    return this.load(uri, 'read', this.checking);
  }

  /** A document's text as the editor has it (with its version), else as the file holds it; null when there is none. */
  async text(uri: string): Promise<{ text: string; version: number | null } | null> {
    const open = this.open.text(uri);
    if (open) return open;
    const text = await this.host.readFile(uri);
    return text === null ? null : { text, version: null };
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  isKnown(uri: string): boolean {
    return this.index.has(uri);
  }

  knownDocuments(): string[] {
    return this.index.uris();
  }

  /**
   * Reads every document below the folders, skipping those whose stamp has not changed. Checked too unless `check`
   * is false: the maps need only each document's entry.
   */
  async scan(
    folders: readonly string[],
    progress?: ScanProgress,
    check = true,
  ): Promise<{ cancelled: boolean }> {
    this.active = true;
    this.checking ||= check;
    this.folders = [...new Set([...this.folders, ...folders])];
    const isCancelled = () => progress?.isCancelled() ?? false;
    const found: DocumentFile[] = [];
    for (const folder of folders) {
      for await (const file of this.host.listDocuments(folder, isCancelled)) found.push(file);
    }
    let next = 0;
    let done = 0;
    let sliceStart = Date.now();
    const reader = async () => {
      for (let file = found[next++]; file && !isCancelled(); file = found[next++]) {
        await this.refresh(file, check);
        progress?.report(++done, found.length);
        if (Date.now() - sliceStart >= SLICE_MS) {
          await pause();
          sliceStart = Date.now();
        }
      }
    };
    await Promise.all(Array.from({ length: READERS }, reader));
    if (!isCancelled()) this.forgetMissing(folders, new Set(found.map((file) => file.uri)));
    return { cancelled: isCancelled() };
  }

  /** A document the caller read itself (the command line's files). */
  async addFile(uri: string, text: string): Promise<void> {
    this.active = true;
    this.checking = true;
    await this.record(uri, 'read', text, true);
  }

  /** A file changed or appeared on disk. */
  async fileChanged(uri: string): Promise<boolean> {
    if (!this.active || this.open.has(uri) || !isDocumentName(uri) || !this.belongs(uri)) return false;
    return this.load(uri, 'read', this.checking);
  }

  fileDeleted(uri: string): boolean {
    if (this.open.has(uri) || !this.index.has(uri)) return false;
    this.index.delete(uri);
    return true;
  }

  /** Settings changed: every document is read again with its new settings. */
  async reload(): Promise<void> {
    this.open.invalidate();
    for (const uri of this.open.uris()) if (this.index.has(uri)) this.pending.add(uri);
    const closed = this.index.uris().filter((uri) => !this.open.has(uri));
    await Promise.all(
      closed.map((uri) => this.load(uri, 'read', this.index.get(uri)?.checked !== undefined)),
    );
  }

  /** Own findings, then findings across documents, in document order. */
  async findings(uri: string): Promise<Finding[]> {
    await this.syncOpenRecords();
    const own = this.open.has(uri)
      ? ((await this.open.checked(uri))?.result.findings ?? [])
      : await this.ownOf(uri);
    return sortFindings([...own, ...this.index.crossFindings(uri)]);
  }

  /** A closed document's own findings: as checked when it was read, or checked now when it was only indexed. */
  private async ownOf(uri: string): Promise<readonly Finding[]> {
    const record = this.index.get(uri);
    if (record && !record.checked) await this.load(uri, record.stamp, true);
    return this.index.get(uri)?.checked?.own ?? [];
  }

  /** The documents whose findings across documents changed since the last call. */
  async crossChanges(): Promise<string[]> {
    await this.syncOpenRecords();
    return this.index.changes();
  }

  /** What a workspace document is, as last read. */
  describe(uri: string): Pick<IndexRecord, 'kind' | 'form'> | undefined {
    const record = this.index.get(uri);
    return record ? { kind: record.kind, form: record.form } : undefined;
  }

  /**
   * Every learning-plan-family document's entry with its problems and readiness, checking first each one that was
   * only indexed (for the map): what the portfolio shows. From then on, documents are checked as they are read.
   */
  async checkedEntries(): Promise<WorkspaceEntry[]> {
    this.checking = true;
    for (const uri of this.index.uris()) {
      const record = this.index.get(uri);
      if (record?.entry && !record.checked && !this.open.has(uri)) await this.load(uri, record.stamp, true);
    }
    return this.entries();
  }

  /** Every learning-plan-family document's entry, with its problems and readiness once it was checked. */
  async entries(): Promise<WorkspaceEntry[]> {
    await this.syncOpenRecords();
    return this.index.uris().flatMap((uri) => {
      const entry = workspaceEntry(this.index.get(uri)!, this.index.crossFindings(uri));
      return entry ? [entry] : [];
    });
  }

  private belongs(uri: string): boolean {
    return this.index.has(uri) || (this.active && this.folders.some((folder) => isInside(uri, folder)));
  }

  private async refresh(file: DocumentFile, check: boolean): Promise<void> {
    if (this.open.has(file.uri)) return void this.pending.add(file.uri);
    const known = this.index.get(file.uri);
    if (known?.stamp === file.stamp && (known.checked || !check)) return;
    await this.load(file.uri, file.stamp, check);
  }

  private async load(uri: string, stamp: string, check: boolean): Promise<boolean> {
    const text = await this.host.readFile(uri).catch(() => null);
    if (text === null) {
      this.index.delete(uri);
      return false;
    }
    await this.record(uri, stamp, text, check);
    return true;
  }

  private async record(uri: string, stamp: string, text: string, check: boolean): Promise<void> {
    const settings = await this.options.settingsFor(uri);
    const analysis = analyzeText(text, settings.forms);
    const record = recordOf(uri, analysis, settings, stamp);
    if (check) {
      const result = checkDocument(analysis, settings, this.options.rules);
      for (const failure of result.failures) this.options.onRuleFailure(uri, failure.rule, failure.error);
      record.checked = checkedOf(analysis, result, false, this.options.t, this.options.readiness ?? true);
    }
    this.index.set(uri, record);
  }

  private async syncOpenRecords(): Promise<void> {
    for (const uri of [...this.pending]) {
      this.pending.delete(uri);
      const state = await this.open.checked(uri);
      if (!state) continue;
      const record = recordOf(uri, state.analysis, state.settings, 'open');
      record.checked = checkedOf(state.analysis, state.result, true, this.options.t);
      this.index.set(uri, record);
    }
  }

  private forgetMissing(folders: readonly string[], present: ReadonlySet<string>): void {
    for (const uri of this.index.uris()) {
      const under = folders.some((folder) => isInside(uri, folder));
      if (under && !present.has(uri) && !this.open.has(uri)) this.index.delete(uri);
    }
  }
}
