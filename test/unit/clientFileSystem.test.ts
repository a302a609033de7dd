import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientConfigSource, parentUri } from '../../server/src/lsp/workspace/clientFileSystem';
import type { WorkspaceFileSystem } from '../../server/src/lsp/workspace/fileSystem';

/** A workspace held in memory, as the web build's client would serve it. */
function memoryFileSystem(files: Record<string, string>, reads: string[] = []): WorkspaceFileSystem {
  return {
    async *list() {
      yield* Object.keys(files).map((uri) => ({ uri, stamp: '1' }));
    },
    async read(uri) {
      reads.push(uri);
      return files[uri] ?? null;
    },
  };
}

describe('the workspace through the client (web build)', () => {
  it('walks up a URI folder by folder, whatever its scheme, and stops at the top', () => {
    assert.equal(parentUri('vscode-vfs://github/lab/plans/001.txt'), 'vscode-vfs://github/lab/plans/');
    assert.equal(parentUri('vscode-vfs://github/lab/plans/'), 'vscode-vfs://github/lab/');
    assert.equal(parentUri('vscode-vfs://github/'), null);
    assert.equal(parentUri('file:///seed.txt'), 'file:///');
    assert.equal(parentUri('file:///'), null);
  });

  it('finds the nearest configuration file above a document, and looks no higher than the workspace root', async () => {
    const root = 'vscode-vfs://github/lab/plans';
    const config = `${root}/.learningplans.yaml`;
    const found = await clientConfigSource(memoryFileSystem({ [config]: 'rules: {}\n' }), () => [root]).read(
      `${root}/drafts/2024/plan.md`,
    );
    assert.deepEqual(found, { uri: config, text: 'rules: {}\n' });

    const reads: string[] = [];
    const none = await clientConfigSource(memoryFileSystem({}, reads), () => [root]).read(
      `${root}/drafts/plan.md`,
    );
    assert.equal(none, null);
    assert.deepEqual(reads, [`${root}/drafts/.learningplans.yaml`, `${root}/.learningplans.yaml`]);
  });
});
