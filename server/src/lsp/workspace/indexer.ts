import { parseDocument, type ParsedDocument } from '../../service';
import { indexEntry, type IndexEntry } from '../../service/features/indexEntry';
import type { WorkspaceFileSystem } from './fileSystem';

export interface IndexProgress {
  report(done: number, found: number): void;
  isCancelled(): boolean;
}

/**
 * Keeps a summary of every learning-plan-family document of the workspace. Files are read a few at a time and
 * only their summaries kept; a file is read again only when its stamp (time and size) changed.
 */
export class WorkspaceIndex {
  private readonly entries = new Map<string, { stamp: string; entry: IndexEntry | null }>();

  constructor(
    private readonly fileSystem: WorkspaceFileSystem,
    /** The text of a document open in the editor, which wins over the file on disk. */
    private readonly openText: (uri: string) => string | undefined,
    /** Called with each document read from disk (not open in the editor), for workspace-wide diagnostics. */
    private readonly onRead: (uri: string, doc: ParsedDocument) => void = () => undefined,
  ) {}

  async build(
    folders: readonly string[],
    progress: IndexProgress,
  ): Promise<{ entries: IndexEntry[]; cancelled: boolean }> {
    const found: { uri: string; stamp: string }[] = [];
    for (const folder of folders) {
      for await (const file of this.fileSystem.list(folder, progress.isCancelled)) found.push(file);
    }
    let done = 0;
    const queue = [...found];
    const worker = async () => {
      for (let file = queue.shift(); file && !progress.isCancelled(); file = queue.shift()) {
        await this.refresh(file.uri, file.stamp);
        progress.report(++done, found.length);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const present = new Set(found.map((file) => file.uri));
    for (const uri of this.entries.keys()) if (!present.has(uri)) this.entries.delete(uri);
    return { entries: this.current(), cancelled: progress.isCancelled() };
  }

  /** Re-reads one document (after an edit or a change on disk); `stamp` null reads it whatever its stamp. */
  async refresh(uri: string, stamp: string | null = null): Promise<void> {
    const open = this.openText(uri);
    if (open === undefined && stamp !== null && this.entries.get(uri)?.stamp === stamp) return;
    const text = open ?? (await this.fileSystem.read(uri));
    if (text === null) {
      this.entries.delete(uri);
      return;
    }
    const doc = parseDocument(text);
    this.entries.set(uri, {
      stamp: open === undefined ? (stamp ?? 'read') : 'open',
      entry: doc.kind === 'other' ? null : indexEntry(uri, doc),
    });
    if (open === undefined) this.onRead(uri, doc);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  current(): IndexEntry[] {
    return [...this.entries.values()].flatMap(({ entry }) => (entry ? [entry] : []));
  }
}
