/**
 * Symbolic links cannot lead the workspace scan out of the workspace folder (a link to `/usr`, to another
 * project), and a link loop stays harmless. The command line follows a link out of a folder only when the user
 * names it.
 */
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { WorkspaceIndexResult } from '../../server/src/protocol';
import { runCli } from '../support/cli';
import { planText } from '../support/plans';
import { LspClient } from '../support/lspClient';

describe('symbolic links around a workspace', () => {
  let dir: string;
  let workspace: string;
  let outside: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-links-'));
    workspace = join(dir, 'workspace');
    outside = join(dir, 'elsewhere');
    mkdirSync(join(workspace, 'plans'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(
      join(workspace, 'plans', 'inside.md'),
      planText({ title: 'Inside', country: 'Peru', year: 2023 }),
    );
    writeFileSync(join(outside, 'outside.md'), planText({ title: 'Outside', country: 'Peru', year: 2023 }));
    symlinkSync(outside, join(workspace, 'linked-folder'));
    symlinkSync(join(outside, 'outside.md'), join(workspace, 'linked-file.md'));
    symlinkSync(join(workspace, 'plans'), join(workspace, 'plans-again'));
    symlinkSync(workspace, join(workspace, 'plans', 'loop'));
    symlinkSync(join(workspace, 'self-a'), join(workspace, 'self-b'));
    symlinkSync(join(workspace, 'self-b'), join(workspace, 'self-a'));
    linkSync(join(workspace, 'plans', 'inside.md'), join(workspace, 'plans', 'hard-link.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the server indexes only what lies in the workspace folder, and survives link loops', async () => {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
      settings: { validation: { workspace: false, debounce: 0 } },
    });
    try {
      const result = await client.connection.sendRequest<WorkspaceIndexResult>(
        'learningPlans/workspaceIndex',
        {},
      );
      const titles = result.entries.map((entry) => entry.title).sort();
      assert.ok(titles.includes('Inside'));
      assert.ok(!titles.includes('Outside'), JSON.stringify(result.entries.map((entry) => entry.uri)));
    } finally {
      await client.stop();
    }
  });

  it('the command line walks links that stay in the folder, each file once, and no link out of it', async () => {
    const run = await runCli(['check', workspace, '--format', 'json']);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
    assert.deepEqual(paths.length, 1, JSON.stringify(paths));
    assert.match(paths[0], /inside\.md$|hard-link\.md$/);
    assert.equal(run.stderr, '');
  });

  it('the command line follows a link the user names', async () => {
    const run = await runCli([
      'check',
      join(workspace, 'linked-folder'),
      join(workspace, 'linked-file.md'),
      '--format',
      'json',
    ]);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
    assert.equal(paths.length, 1, 'the same file named twice, checked once');
    assert.match(paths[0], /outside\.md$/);
  });
});
