/** Which files of a workspace are documents: one definition for the scan on disk and through VS Code's file system. */

/** The extensions of documents: the archive's Markdown and the seeds' plain text. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** The same as a glob, for VS Code's file search and watchers. */
export const DOCUMENTS_GLOB = '**/*.{md,markdown,txt}';

/** Above this size a file is no learning plan (a data dump, a log): the scan leaves it alone. */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/** Whether a file name is a document's. */
export function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Folders the scan never enters: dependencies and hidden folders (.git, .vscode…). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
