import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceMapRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';

const PLAN = (index: number) =>
  `# Plan ${index}\n\n[[focal_point:a@undp.org]]\n[[year:${2019 + (index % 7)}]]\n[[type:learningplan]]\n[[sdgs:${1 + (index % 17)}. Goal]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nPlan ${index}\n`;

describe('a workspace of 10,000 documents', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-scale-'));
    for (let folder = 0; folder < 100; folder++) {
      const path = join(dir, `lab-${folder}`);
      mkdirSync(path);
      for (let file = 0; file < 100; file++)
        writeFileSync(join(path, `plan-${file}.md`), PLAN(folder * 100 + file));
    }
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), PLAN(-1));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'plan.md'), PLAN(-2));
    symlinkSync(dir, join(dir, 'lab-0', 'loop'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is indexed with progress, skipping node_modules, .git and link loops, in bounded memory', async () => {
    // Only the index request reports progress: the workspace's own check is off here.
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'archive' }],
      progress: true,
      settings: { validation: { workspace: false, debounce: 0 } },
    });
    try {
      // The workspace map's reading: every document indexed, none checked (its problems are not asked for).
      const result = await client.connection.sendRequest(WorkspaceMapRequest, {});
      assert.equal(result.cancelled, false);
      assert.equal(result.entries.length, 10_000);
      assert.ok(
        result.entries.every(
          (entry) =>
            !entry.uri.includes('node_modules') &&
            !entry.uri.includes('/.git/') &&
            !entry.uri.includes('/loop/'),
        ),
      );
      const reports = client.progress.filter((entry) => entry.value.kind === 'report');
      assert.ok(reports.length >= 10, `${reports.length} progress reports`);
      assert.equal(reports.at(-1)?.value.message, '10000/10000');
      const rss =
        Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))?.[1]) / 1024;
      assert.ok(rss < 300, `server resident memory ${rss.toFixed(0)} MB`);
    } finally {
      await client.stop();
    }
  });
});
