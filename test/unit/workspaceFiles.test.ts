/**
 * The client's half of the web build's workspace access: the server's requests answered with VS Code's file system.
 * VS Code's API exists only inside VS Code, so a stand-in plays its part here.
 */
import assert from 'node:assert/strict';
import Module from 'node:module';
import { describe, it } from 'node:test';
import { ListFilesRequest, ReadFileRequest } from '../../server/src/protocol';

interface FakeUri {
  value: string;
  toString(): string;
}
const uri = (value: string): FakeUri => ({ value, toString: () => value });
const files = new Map<string, { bytes: Uint8Array; mtime: number }>([
  ['vscode-vfs://github/lab/plans/001.txt', { bytes: new TextEncoder().encode('# Título'), mtime: 7 }],
  ['vscode-vfs://github/lab/plans/huge.md', { bytes: new Uint8Array(6 * 1024 * 1024), mtime: 8 }],
]);
const searches: { base: string; pattern: string; exclude: string }[] = [];
const vscode = {
  Uri: { parse: uri },
  RelativePattern: class {
    constructor(
      readonly base: FakeUri,
      readonly pattern: string,
    ) {}
  },
  workspace: {
    async findFiles(include: { base: FakeUri; pattern: string }, exclude: string) {
      searches.push({ base: include.base.value, pattern: include.pattern, exclude });
      return [...files.keys()].filter((key) => key.startsWith(include.base.value)).map(uri);
    },
    fs: {
      async stat(target: FakeUri) {
        const file = files.get(target.value);
        if (!file) throw new Error('FileNotFound');
        return { size: file.bytes.length, mtime: file.mtime };
      },
      async readFile(target: FakeUri) {
        const file = files.get(target.value);
        if (!file) throw new Error('FileNotFound');
        return file.bytes;
      },
    },
  },
};

/** Loads the client module with the stand-in answering `require('vscode')`. */
function loadWorkspaceFiles(): typeof import('../../client/src/workspaceFiles') {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../client/src/workspaceFiles');
  } finally {
    loader._load = load;
  }
}

function served() {
  const handlers = new Map<string, (params: unknown) => Promise<unknown>>();
  const client = {
    onRequest(type: { method: string }, handler: (params: unknown) => Promise<unknown>) {
      handlers.set(type.method, handler);
      return { dispose: () => handlers.delete(type.method) };
    },
  };
  const disposables = loadWorkspaceFiles().serveWorkspaceFiles(client as never);
  return { handlers, disposables };
}

describe("the web client serves the workspace's files to the server", () => {
  it('lists the documents below a folder with a stamp, leaving out dot-folders, node_modules and huge files', async () => {
    const { handlers } = served();
    const listed = await handlers.get(ListFilesRequest.method)!({
      folderUri: 'vscode-vfs://github/lab/plans',
    });
    assert.deepEqual(listed, [{ uri: 'vscode-vfs://github/lab/plans/001.txt', stamp: '7:9' }]);
    assert.deepEqual(searches.at(-1), {
      base: 'vscode-vfs://github/lab/plans',
      pattern: '**/*.{md,markdown,txt}',
      exclude: '{**/node_modules/**,**/.*/**}',
    });
  });

  it("reads a file's text as UTF-8, and answers null for a file it cannot read", async () => {
    const { handlers, disposables } = served();
    assert.equal(
      await handlers.get(ReadFileRequest.method)!({ uri: 'vscode-vfs://github/lab/plans/001.txt' }),
      '# Título',
    );
    assert.equal(
      await handlers.get(ReadFileRequest.method)!({ uri: 'vscode-vfs://github/lab/nope.md' }),
      null,
    );
    for (const disposable of disposables) disposable.dispose();
    assert.equal(handlers.size, 0);
  });
});
