import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService, parentFolder } from '../../server/src/service/internals';
import { MemoryHost } from '../support/memoryHost';

const PLAN = '# P\n[[type:learningplan]]\n[[year:2024]]\n';

describe('configuration files, found from each document', () => {
  it('walks up a URI folder by folder, whatever its scheme, and stops at the top', () => {
    assert.equal(parentFolder('vscode-vfs://github/lab/plans/001.txt'), 'vscode-vfs://github/lab/plans/');
    assert.equal(parentFolder('vscode-vfs://github/lab/plans/'), 'vscode-vfs://github/lab/');
    assert.equal(parentFolder('vscode-vfs://github/'), null);
    assert.equal(parentFolder('file:///seed.txt'), 'file:///');
    assert.equal(parentFolder('file:///'), null);
    assert.equal(parentFolder('untitled:Untitled-1'), null);
  });

  it('applies the nearest configuration above a document, read once per folder', async () => {
    const root = 'vscode-vfs://github/lab/plans';
    const host = new MemoryHost({ [`${root}/.learningplans.yaml`]: 'rules:\n  LP009: off\n' });
    const service = createLanguageService(host);
    for (const name of ['a', 'b']) {
      service.openDocument(`${root}/drafts/2024/${name}.md`, PLAN, 1);
      const rules = (await service.findings(`${root}/drafts/2024/${name}.md`)).map((f) => f.rule);
      assert.ok(!rules.includes('LP009'), 'the configuration turns the missing tags off');
    }
    assert.deepEqual(host.reads, [
      `${root}/drafts/2024/.learningplans.yaml`,
      `${root}/drafts/.learningplans.yaml`,
      `${root}/.learningplans.yaml`,
    ]);
  });

  it('looks no higher than the workspace folders when the host says so (virtual file systems)', async () => {
    const root = 'vscode-vfs://github/lab/plans';
    const host = new MemoryHost({ 'vscode-vfs://github/lab/.learningplans.yaml': 'rules:\n  LP009: off\n' });
    host.roots = [root];
    const service = createLanguageService(host);
    service.openDocument(`${root}/drafts/plan.md`, PLAN, 1);
    const rules = (await service.findings(`${root}/drafts/plan.md`)).map((f) => f.rule);
    assert.ok(rules.includes('LP009'), 'the file above the workspace folder does not apply');
    assert.deepEqual(host.reads, [`${root}/drafts/.learningplans.yaml`, `${root}/.learningplans.yaml`]);
  });
});
