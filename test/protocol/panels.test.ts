import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DocumentSummaryRequest,
  type DocumentSummary,
  type WorkspaceIndexResult,
} from '../../server/src/protocol';
import { corpusFolder, example } from '../support/corpus';
import { LspClient } from '../support/lspClient';

describe('preview and map requests over stdio', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-index-'));
    mkdirSync(join(dir, 'plans', 'node_modules'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'plans', 'mi-barrio.txt'), example('001').text);
    writeFileSync(join(dir, 'plans', 'closing.md'), example('000').text);
    writeFileSync(join(dir, 'plans', 'node_modules', 'hidden.md'), example('001').text);
    writeFileSync(join(dir, '.git', 'hidden.md'), example('001').text);
    writeFileSync(join(dir, 'README.md'), '# Notes\n\nNot a plan.\n');
    symlinkSync(join(dir, 'plans'), join(dir, 'plans', 'loop'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('summarises an open document for the preview', async () => {
    const { client } = await LspClient.start();
    try {
      const seed = example('001');
      await client.open(seed.uri, seed.text, 'plaintext');
      const summary = await client.connection.sendRequest<DocumentSummary>('learningPlans/documentSummary', {
        uri: seed.uri,
      });
      assert.equal(summary.title, 'Mi Barrio (Digital neighborhood)');
      assert.deepEqual(
        summary.sdgs.map((goal) => goal.number),
        [5, 10, 11],
      );
      assert.deepEqual([summary.completeness.answered, summary.completeness.total], [21, 21]);
      assert.equal(summary.places[0]?.alpha2, 'BO');
      assert.equal(summary.places[0]?.inside, true);
      assert.equal(summary.diagnostics.warning, 1);
      assert.deepEqual(summary.readiness, { applies: true, ready: true, blockers: [] });
      // Without its SDGs, the plan is no longer ready, and says why, at its last tag (where the missing one goes).
      const withoutGoals = seed.text.replace(/\[\[sdgs:[^\]]*\]\]\n/g, '');
      await client.change(seed.uri, [{ text: withoutGoals }]);
      const blocked = await client.connection.sendRequest(DocumentSummaryRequest, { uri: seed.uri });
      assert.equal(blocked?.readiness.ready, false);
      assert.deepEqual(
        blocked?.readiness.blockers.map((blocker) => [blocker.subject, blocker.line]),
        [['[[sdgs:…]]', lastTagLine(withoutGoals)]],
      );
    } finally {
      await client.stop();
    }
  });

  it('indexes the workspace with progress, skipping node_modules, dot-folders and link loops', async () => {
    // Only the index request reports progress: the workspace's own check is off here.
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
      progress: true,
      settings: { validation: { workspace: false, debounce: 0 } },
    });
    try {
      const result = await client.connection.sendRequest<WorkspaceIndexResult>(
        'learningPlans/workspaceIndex',
        {},
      );
      assert.equal(result.cancelled, false);
      const names = result.entries.map((entry) => entry.uri.split('/').pop()).sort();
      assert.deepEqual(names, ['closing.md', 'mi-barrio.txt']);
      const plan = result.entries.find((entry) => entry.uri.endsWith('mi-barrio.txt'))!;
      assert.deepEqual([plan.year, plan.kind, plan.places[0]?.alpha2], ['2022', 'learningplan', 'BO']);
      // Where each document stands: its problems (the summary's tweet is too long) and its readiness.
      assert.deepEqual([plan.problems?.warning, plan.readiness?.ready], [1, true]);
      assert.ok(client.progress.some((entry) => entry.value.kind === 'begin'));
      assert.ok(client.progress.some((entry) => entry.value.kind === 'end'));
    } finally {
      await client.stop();
    }
  });

  it('stops indexing when the progress is cancelled', async () => {
    const big = mkdtempSync(join(tmpdir(), 'lp-big-'));
    const text = corpusFolder('learningplan')[0]!.text;
    for (let index = 0; index < 1500; index++) writeFileSync(join(big, `plan-${index}.md`), text);
    // Only the index request reports progress: the workspace's own check is off here.
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(big).href, name: 'big' }],
      progress: true,
      settings: { validation: { workspace: false, debounce: 0 } },
    });
    try {
      const pending = client.connection.sendRequest<WorkspaceIndexResult>('learningPlans/workspaceIndex', {});
      const report = await client.nextProgress((entry) => entry.value.kind === 'begin');
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: report.token });
      const result = await pending;
      assert.equal(result.cancelled, true);
      assert.ok(
        result.entries.length < 1500,
        `${result.entries.length} indexed before the cancel took effect`,
      );
    } finally {
      await client.stop();
      rmSync(big, { recursive: true, force: true });
    }
  });
});

/** The 0-based line of a text's last tag. */
function lastTagLine(text: string): number {
  const lines = text.split('\n');
  let last = -1;
  lines.forEach((line, index) => {
    if (line.startsWith('[[')) last = index;
  });
  return last;
}
