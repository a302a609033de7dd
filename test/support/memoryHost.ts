import type { ServiceHost, Settings } from '../../server/src/service/internals';
import { isDocumentName, isSkippedFolder } from '../../server/src/service/internals';

/** A workspace held in memory, for running the language service in-process: files by URI, and the reads made. */
export class MemoryHost implements ServiceHost {
  readonly files = new Map<string, string>();
  readonly reads: string[] = [];
  editorSettings: Settings | undefined;
  roots: string[] | undefined;

  constructor(
    files: Record<string, string> = {},
    private readonly year = 2026,
  ) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  async readFile(uri: string): Promise<string | null> {
    this.reads.push(uri);
    return this.files.get(uri) ?? null;
  }

  async *listDocuments(folderUri: string): AsyncIterable<{ uri: string; stamp: string }> {
    const folder = folderUri.replace(/\/*$/, '/');
    for (const [uri, text] of [...this.files].sort(([a], [b]) => a.localeCompare(b))) {
      const below = uri.slice(folder.length).split('/');
      if (!uri.startsWith(folder) || below.slice(0, -1).some(isSkippedFolder)) continue;
      if (isDocumentName(below[below.length - 1] ?? ''))
        yield { uri, stamp: String(text.length) + hash(text) };
    }
  }

  settings(): Settings | undefined {
    return this.editorSettings;
  }

  now(): Date {
    return new Date(Date.UTC(this.year, 6, 1));
  }

  configRoots(): readonly string[] {
    return this.roots ?? [];
  }
}

/** A short stamp that changes with the text, as a file's time and size would. */
function hash(text: string): string {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (value * 31 + text.charCodeAt(index)) | 0;
  return `:${value}`;
}
