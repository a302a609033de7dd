import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceChangedNotification } from '../protocol';
import type { ConfigFile, LanguageService } from '../service';
import { Debouncer } from './debouncer';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './diagnostics';

/** What the publisher needs of the session it publishes for. */
export interface PublisherContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  readonly environment: { rulesDocUrl: string };
  readonly debounce: number;
  readonly workspaceEnabled: boolean;
  logFailure(what: string, error: unknown): void;
}

/**
 * Delivers the service's findings as diagnostics: an open document's after its edits settle, and any document
 * whose findings across documents moved. Each publication reads the findings as they are when it runs; of two for
 * the same document, the later one wins.
 */
export class Publisher {
  private readonly debouncer = new Debouncer();
  private readonly published = new Set<string>();
  private readonly sequence = new Map<string, number>();
  private crossTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly session: PublisherContext) {}

  /** An open document changed: publish it once its edits settle, and the documents it is compared with. */
  documentChanged(uri: string): void {
    this.debouncer.run(uri, this.session.debounce, () => void this.publish(uri));
    this.crossChanged();
  }

  /** Something the rules across documents read changed. */
  crossChanged(): void {
    if (this.crossTimer) clearTimeout(this.crossTimer);
    this.crossTimer = setTimeout(() => void this.flushCross(), this.session.debounce);
  }

  cancel(uri: string): void {
    this.debouncer.cancel(uri);
  }

  async publish(uri: string): Promise<void> {
    const seq = (this.sequence.get(uri) ?? 0) + 1;
    this.sequence.set(uri, seq);
    const { documents, service, environment } = this.session;
    const version = documents.get(uri)?.version;
    // With the workspace's problems turned off, only open documents are published.
    if (version === undefined && !this.session.workspaceEnabled) return;
    const findings = await service.findings(uri).catch((error) => {
      this.session.logFailure('Checking', error);
      return null;
    });
    if (findings === null || this.sequence.get(uri) !== seq || documents.get(uri)?.version !== version)
      return;
    // An open document always hears back; a closed one only when it has problems, or had.
    if (findings.length === 0 && !this.published.has(uri) && version === undefined) return;
    if (findings.length === 0) this.published.delete(uri);
    else this.published.add(uri);
    const diagnostics = findings.map((finding) => toDiagnostic(finding, uri, environment.rulesDocUrl));
    await this.session.connection.sendDiagnostics({
      uri,
      ...(version === undefined ? {} : { version }),
      diagnostics,
    });
  }

  /** The document is neither open nor in the workspace: its problems go. */
  async clear(uri: string): Promise<void> {
    this.sequence.set(uri, (this.sequence.get(uri) ?? 0) + 1);
    if (!this.published.delete(uri)) return;
    await this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Every open document and every document of the workspace, then what moved across documents. */
  async publishAll(): Promise<void> {
    const uris = new Set([
      ...this.session.documents.keys(),
      ...this.session.service.workspaceDocuments(),
      ...this.published,
    ]);
    for (const uri of uris) await this.publish(uri);
    await this.flushCross();
  }

  /** After a scan: the workspace's documents that are not open (open ones are published as they change). */
  async publishWorkspace(): Promise<void> {
    for (const uri of this.session.service.workspaceDocuments()) {
      if (!this.session.documents.get(uri)) await this.publish(uri);
    }
    await this.flushCross();
  }

  /** A configuration file's mistakes, as diagnostics on the file itself (once they are gone, an empty list). */
  publishConfigFile(file: ConfigFile): void {
    if (file.problems.length === 0 && !this.published.delete(file.uri)) return;
    if (file.problems.length > 0) this.published.add(file.uri);
    const diagnostics = file.problems.map((problem) => ({
      range: problem.range,
      message: problem.message,
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: 'LP901',
    }));
    void this.session.connection.sendDiagnostics({ uri: file.uri, diagnostics });
  }

  /** Publishes what moved across documents, then tells the client that the workspace's documents changed. */
  private async flushCross(): Promise<void> {
    const changed = await this.session.service.crossDocumentChanges();
    for (const uri of changed) if (!this.debouncer.pending(uri)) await this.publish(uri);
    void this.session.connection.sendNotification(WorkspaceChangedNotification).catch(() => undefined);
  }
}
