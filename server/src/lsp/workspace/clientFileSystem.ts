import type { Connection } from 'vscode-languageserver';
import {
  LIST_FILES_REQUEST,
  READ_FILE_REQUEST,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../protocol';
import { CONFIG_FILE_NAME } from '../../service';
import type { ConfigSource } from '../configFiles';
import type { WorkspaceFileSystem } from './fileSystem';

/** The workspace's files as the client sees them (the web build, where the server has no disk of its own). */
export function clientFileSystem(connection: Connection): WorkspaceFileSystem {
  const read = (uri: string) =>
    connection
      .sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams)
      .catch(() => null);
  return {
    async *list(folderUri, isCancelled) {
      const files = await connection
        .sendRequest<ListFilesResult>(LIST_FILES_REQUEST, { folderUri } satisfies ListFilesParams)
        .catch(() => []);
      for (const file of files) {
        if (isCancelled()) return;
        yield file;
      }
    },
    read,
  };
}

/** The folder holding a URI's last segment, or null at the top (`scheme://authority/`). */
export function parentUri(uri: string): string | null {
  const authorityEnd = uri.indexOf('/', uri.indexOf('://') + 3);
  const slash = uri.lastIndexOf('/', uri.endsWith('/') ? uri.length - 2 : uri.length - 1);
  if (authorityEnd < 0 || slash < authorityEnd) return null;
  return uri.slice(0, slash + 1);
}

/** `.learningplans.yaml` of the document's folder or the nearest folder above it, up to a workspace root. */
export function clientConfigSource(
  fileSystem: WorkspaceFileSystem,
  roots: () => readonly string[],
): ConfigSource {
  const isRoot = (folder: string) => roots().some((root) => root.replace(/\/?$/, '/') === folder);
  return {
    async read(documentUri) {
      for (let folder = parentUri(documentUri); folder !== null; folder = parentUri(folder)) {
        const uri = folder + CONFIG_FILE_NAME;
        const text = await fileSystem.read(uri);
        if (text !== null) return { uri, text };
        if (isRoot(folder)) return null;
      }
      return null;
    },
  };
}
