import type { Connection } from 'vscode-languageserver';
import { ListFilesRequest, ReadFileRequest } from '../protocol';
import type { ServiceHost } from '../service';

/** The workspace's files as the client sees them (the web build, where the server has no disk of its own). */
export function clientFiles(connection: Connection): Pick<ServiceHost, 'readFile' | 'listDocuments'> {
  return {
    readFile: (uri) => connection.sendRequest(ReadFileRequest, { uri }).catch(() => null),
    async *listDocuments(folderUri, isCancelled) {
      const files = await connection.sendRequest(ListFilesRequest, { folderUri }).catch(() => []);
      for (const file of files) {
        if (isCancelled()) return;
        yield file;
      }
    },
  };
}
