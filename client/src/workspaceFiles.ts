import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  LIST_FILES_REQUEST,
  READ_FILE_REQUEST,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  WORKSPACE_DOCUMENT_MAX_BYTES,
  WORKSPACE_DOCUMENTS_GLOB,
} from '../../server/src/protocol';

const SKIPPED = '{**/node_modules/**,**/.*/**}';

/**
 * Answers the web server's requests for the workspace's files with VS Code's file system, which also reaches the
 * virtual file systems of vscode.dev and github.dev.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(LIST_FILES_REQUEST, async ({ folderUri }: ListFilesParams): Promise<ListFilesResult> => {
      const folder = vscode.Uri.parse(folderUri);
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, WORKSPACE_DOCUMENTS_GLOB),
        SKIPPED,
      );
      const files = await Promise.all(
        uris.map(async (uri) => {
          const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => null);
          return stat && stat.size <= WORKSPACE_DOCUMENT_MAX_BYTES
            ? [{ uri: uri.toString(), stamp: `${stat.mtime}:${stat.size}` }]
            : [];
        }),
      );
      return files.flat();
    }),
    client.onRequest(READ_FILE_REQUEST, async ({ uri }: ReadFileParams): Promise<ReadFileResult> => {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
        return new TextDecoder('utf-8').decode(bytes);
      } catch {
        return null;
      }
    }),
  ];
}

/** Watchers that tell the server of configuration files and documents changed outside the editor (a git pull). */
export function workspaceWatchers(): vscode.FileSystemWatcher[] {
  return [
    vscode.workspace.createFileSystemWatcher('**/.learningplans.yaml'),
    vscode.workspace.createFileSystemWatcher(WORKSPACE_DOCUMENTS_GLOB),
  ];
}
