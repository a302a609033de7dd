/** How the indexer reaches the workspace's files: from disk for the Node server, through the client elsewhere. */
export interface WorkspaceFileSystem {
  /** The documents below a folder URI (.md, .markdown, .txt), skipping node_modules, dot-folders and link loops. */
  list(folderUri: string, isCancelled: () => boolean): AsyncIterable<{ uri: string; stamp: string }>;
  read(uri: string): Promise<string | null>;
}
