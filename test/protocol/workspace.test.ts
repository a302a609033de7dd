import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { example } from '../support/corpus';
import { WorkspaceIndexRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { planText } from '../support/plans';

describe('problems across the workspace over stdio', () => {
  let dir: string;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-workspace-'));
    for (const n of [1, 2, 3, 4])
      writeFileSync(
        join(dir, `plan-${n}.md`),
        planText({ title: `Challenge ${n}`, country: 'Bolivia', year: 2022 }),
      );
    writeFileSync(
      join(dir, 'orphan.md'),
      planText({ title: 'Something else entirely', country: 'Peru', year: 2023, form: 'closing' }),
    );
    writeFileSync(join(dir, 'seed.txt'), example('001').text);
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNot a plan.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes problems for documents that are not open, and the rules across documents', async () => {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
    });
    try {
      const seed = await client.diagnostics(uri('seed.txt'), (list) => list.length > 0);
      assert.ok(
        seed.some((d) => d.code === 'LP050'),
        'a closed seed is checked',
      );
      // One portfolio note, on the first plan form; the seed is a Bolivian plan form of 2022 too: five in all.
      const list = await client.diagnostics(uri('plan-1.md'), (items) =>
        items.some((d) => d.code === 'LP070'),
      );
      assert.match(String(list.find((d) => d.code === 'LP070')?.message), /Bolivia has 5 plan forms in 2022/);
      for (const n of [2, 3, 4])
        assert.ok(
          !(client.latest.get(uri(`plan-${n}.md`))?.diagnostics ?? []).some((d) => d.code === 'LP070'),
        );
      await client.diagnostics(uri('orphan.md'), (list) => list.some((d) => d.code === 'LP071'));
      assert.equal(
        client.latest.get(uri('notes.md'))?.diagnostics.length ?? 0,
        0,
        'other Markdown stays silent',
      );

      // Opened, a plan keeps its findings across documents.
      const text = planText({ title: 'Challenge 1', country: 'Bolivia', year: 2022 });
      await client.open(uri('plan-1.md'), text);
      const opened = await client.diagnosticsForVersion(uri('plan-1.md'), 1);
      assert.match(String(opened.find((d) => d.code === 'LP070')?.message), /5 plan forms/);
      // An edit moves it to another year: it has no more, and the next plan carries the note for four.
      const line = text.split('\n').findIndex((candidate) => candidate.startsWith('[[year:'));
      const version = await client.change(uri('plan-1.md'), [
        { range: { start: { line, character: 7 }, end: { line, character: 11 } }, text: '2023' },
      ]);
      const edited = await client.diagnosticsForVersion(uri('plan-1.md'), version);
      assert.ok(!edited.some((d) => d.code === 'LP070'), JSON.stringify(edited));
      await client.diagnostics(uri('plan-2.md'), (list) =>
        list.some((d) => /Bolivia has 4 plan forms/.test(String(d.message))),
      );
    } finally {
      await client.stop();
    }
  });

  for (const workspace of [false, true]) {
    it(`checks ${workspace ? 'every document' : 'only open documents'} when the setting is ${workspace}`, async () => {
      const { client } = await LspClient.start({
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
        settings: { validation: { workspace, debounce: 0 } },
      });
      try {
        const open = planText({ title: 'Open', country: 'Peru', year: 2024 });
        await client.open('untitled:open', open);
        await client.diagnosticsForVersion('untitled:open', 1);
        // Answered once the server has read the workspace, and published it when it does.
        await client.connection.sendRequest(WorkspaceIndexRequest);
        assert.equal(client.latest.has(uri('seed.txt')), workspace);
      } finally {
        await client.stop();
      }
    });
  }
});
