import type { Connection, Diagnostic } from 'vscode-languageserver';
import {
  checkDocument,
  crossDocumentFindings,
  type Finding,
  type ParsedDocument,
  type ResolvedSettings,
} from '../../service';
import type { WorkspaceIndex } from './indexer';

export interface WorkspaceDiagnosticsContext {
  connection: Connection;
  index: () => WorkspaceIndex;
  folders: () => readonly string[];
  isOpen: (uri: string) => boolean;
  settingsFor: (uri: string) => ResolvedSettings;
  toDiagnostic: (finding: Finding) => Diagnostic;
  /** Checks an open document again (its cross-document findings changed). */
  revalidate: (uri: string) => void;
  progressSupported: () => boolean;
  logFailure: (rule: string, error: unknown) => void;
}

const DOCUMENT_EXTENSIONS = /\.(md|markdown|txt)$/i;

/**
 * Problems for every learning-plan document of the workspace, open or not, and the findings that only the whole
 * workspace shows (too many challenges, a closing form without its plan, a focal point spelt two ways).
 */
export class WorkspaceDiagnostics {
  enabled = true;
  private scanned = false;
  private readonly own = new Map<string, Diagnostic[]>();
  private cross = new Map<string, Finding[]>();
  private recomputeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly context: WorkspaceDiagnosticsContext) {}

  /** A document read from disk: check it and publish its problems. */
  onRead(uri: string, doc: ParsedDocument): void {
    if (!this.enabled || this.context.isOpen(uri)) return;
    const result = checkDocument(doc, this.context.settingsFor(uri));
    for (const failure of result.failures) this.context.logFailure(failure.rule, failure.error);
    const diagnostics = result.findings.map(this.context.toDiagnostic);
    if (diagnostics.length === 0 && !this.own.has(uri)) return;
    this.own.set(uri, diagnostics);
    this.publishClosed(uri);
  }

  crossFindings(uri: string): Finding[] {
    return this.cross.get(uri) ?? [];
  }

  /** Reads the whole workspace once, with progress, then works out the cross-document findings. */
  async scan(): Promise<void> {
    if (!this.enabled || this.scanned || this.context.folders().length === 0) return;
    this.scanned = true;
    const progress = this.context.progressSupported()
      ? await this.context.connection.window.createWorkDoneProgress()
      : null;
    progress?.begin('Checking learning plans in the workspace', 0, undefined, true);
    try {
      await this.context.index().build(this.context.folders(), {
        isCancelled: () => progress?.token.isCancellationRequested ?? false,
        report: (done, found) =>
          progress?.report(Math.floor((done / Math.max(found, 1)) * 100), `${done}/${found}`),
      });
    } finally {
      progress?.done();
    }
    this.recompute();
  }

  /** A file changed, appeared or went on disk (from the client's file watcher). */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    if (!this.enabled || !DOCUMENT_EXTENSIONS.test(uri)) return;
    if (deleted) {
      this.context.index().forget(uri);
      this.own.delete(uri);
      void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
    } else if (!this.context.isOpen(uri)) {
      await this.context.index().refresh(uri);
    }
    this.scheduleRecompute();
  }

  /** An open document changed: its summary in the index follows, and so may other documents' findings. */
  async documentChanged(uri: string): Promise<void> {
    if (!this.enabled || !this.scanned) return;
    await this.context.index().refresh(uri);
    this.scheduleRecompute();
  }

  /** A document was closed: its problems now come from the file on disk. */
  async documentClosed(uri: string): Promise<boolean> {
    if (!this.enabled || !this.scanned || !uri.startsWith('file:')) return false;
    this.own.delete(uri);
    await this.context.index().refresh(uri);
    this.scheduleRecompute();
    return true;
  }

  private scheduleRecompute(): void {
    if (this.recomputeTimer) clearTimeout(this.recomputeTimer);
    this.recomputeTimer = setTimeout(() => this.recompute(), 50);
  }

  private recompute(): void {
    const [root] = this.context.folders();
    const next = crossDocumentFindings(this.context.index().current(), this.context.settingsFor(root ?? ''));
    const affected = new Set([...this.cross.keys(), ...next.keys()]);
    const previous = this.cross;
    this.cross = next;
    for (const uri of affected) {
      if (JSON.stringify(previous.get(uri) ?? []) === JSON.stringify(next.get(uri) ?? [])) continue;
      if (this.context.isOpen(uri)) this.context.revalidate(uri);
      else this.publishClosed(uri);
    }
  }

  private publishClosed(uri: string): void {
    const diagnostics = [
      ...(this.own.get(uri) ?? []),
      ...this.crossFindings(uri).map(this.context.toDiagnostic),
    ];
    void this.context.connection.sendDiagnostics({ uri, diagnostics });
  }
}
