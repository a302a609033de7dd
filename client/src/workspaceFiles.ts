import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENTS_GLOB,
  ListFilesRequest,
  ReadFileRequest,
  type ListFilesResult,
  type ReadFileResult,
} from '../../server/src/protocol';

const SKIPPED = '{**/node_modules/**,**/.*/**}';

/**
 * Answers the web server's requests for the workspace's files with VS Code's file system, which also reaches the
 * virtual file systems of vscode.dev and github.dev.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(ListFilesRequest, async ({ folderUri }): Promise<ListFilesResult> => {
      const folder = vscode.Uri.parse(folderUri);
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, DOCUMENTS_GLOB),
        SKIPPED,
      );
      const files = await Promise.all(
        uris.map(async (uri) => {
          const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => null);
          return stat && stat.size <= DOCUMENT_MAX_BYTES
            ? [{ uri: uri.toString(), stamp: `${stat.mtime}:${stat.size}` }]
            : [];
        }),
      );
      return files.flat();
    }),
    client.onRequest(ReadFileRequest, async ({ uri }): Promise<ReadFileResult> => {
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
    vscode.workspace.createFileSystemWatcher(DOCUMENTS_GLOB),
  ];
}
