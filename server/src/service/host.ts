import type { Settings } from './settings';

/** A document file of the workspace, with a stamp (time and size) that changes when its content does. */
export interface DocumentFile {
  uri: string;
  stamp: string;
}

/**
 * What the language service needs from whoever runs it — the Node server, the web worker, the command line or a
 * test: files, folders, the editor's settings and the clock. Everything else the service decides itself.
 */
export interface ServiceHost {
  /** A file's text; null when there is no such file. Rejects, with a message for the user, when it cannot be read. */
  readFile(uri: string): Promise<string | null>;
  /** The documents below a folder (see workspace/documentFiles.ts for which files they are). */
  listDocuments(folderUri: string, isCancelled: () => boolean): AsyncIterable<DocumentFile>;
  /** The editor's own settings, applied over the configuration file that governs the document. */
  settings(uri: string): Settings | undefined;
  /** Now: rules read the current year from it. */
  now(): Date;
  /**
   * Folders above which no configuration file is looked for (the workspace's folders on a virtual file system,
   * where every look-up is a request); without it the look-up goes up to the top, as on disk.
   */
  configRoots?(): readonly string[];
}
