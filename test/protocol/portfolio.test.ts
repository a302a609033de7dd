import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import {
  WorkspaceMapRequest,
  PortfolioRequest,
  TagEditRequest,
  TagValuesRequest,
  WorkspaceChangedNotification,
} from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { planText } from '../support/plans';

describe('the portfolio over stdio', () => {
  let dir: string;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-portfolio-'));
    for (const [name, country, year] of [
      ['peru.md', 'Peru', 2022],
      ['chile.md', 'Chile', 2023],
      ['bolivia.md', 'Bolivia', 2023],
    ] as const)
      writeFileSync(join(dir, name), `${planText({ title: `Plan of ${country}`, country, year })}`);
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nNot a plan.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the workspace and answers a row per document, live as documents change', async () => {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
    });
    try {
      const first = await client.connection.sendRequest(PortfolioRequest, { rescan: true });
      assert.equal(first.cancelled, false);
      assert.deepEqual(first.rows.map((row) => row.title).sort(), [
        'Plan of Bolivia',
        'Plan of Chile',
        'Plan of Peru',
      ]);
      assert.equal(first.goals.length, 17);

      const changed = new Promise<void>((resolve) =>
        client.connection.onNotification(WorkspaceChangedNotification, () => resolve()),
      );
      const text = planText({ title: 'Plan of Peru', country: 'Peru', year: 2022 });
      await client.open(uri('peru.md'), text);
      await client.change(uri('peru.md'), [
        { text: text.replace('# Plan of Peru', '# Plan of Peru, edited') },
      ]);
      await changed;
      const after = await client.connection.sendRequest(PortfolioRequest, {});
      assert.ok(
        after.rows.some((row) => row.title === 'Plan of Peru, edited'),
        'unsaved edits show',
      );
    } finally {
      await client.stop();
    }
  });

  it('checks the documents a map only indexed before it answers their rows', async () => {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
      settings: { validation: { workspace: false } },
    });
    try {
      const map = await client.connection.sendRequest(WorkspaceMapRequest, {});
      assert.equal(map.entries.length, 3);
      const { rows } = await client.connection.sendRequest(PortfolioRequest, {});
      assert.equal(rows.length, 3);
      for (const row of rows) {
        assert.equal(row.readiness, 'blocked', row.title);
        assert.ok(row.blockerCount > 0 && row.errors + row.warnings > 0, row.title);
      }
    } finally {
      await client.stop();
    }
  });

  it("answers a bulk edit as one workspace edit to confirm, with open documents' versions", async () => {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
    });
    try {
      await client.connection.sendRequest(PortfolioRequest, { rescan: true });
      await client.open(uri('chile.md'), planText({ title: 'Plan of Chile', country: 'Chile', year: 2023 }));
      const result = await client.connection.sendRequest(TagEditRequest, {
        uris: [uri('chile.md'), uri('bolivia.md')],
        operation: { op: 'add', key: 'methods', value: 'Co-creation' },
      });
      assert.deepEqual(result.changed.sort(), [uri('bolivia.md'), uri('chile.md')]);
      const changes = result.edit!.documentChanges as TextDocumentEdit[];
      const versions = Object.fromEntries(
        changes.map((change) => [change.textDocument.uri, change.textDocument.version]),
      );
      assert.deepEqual(versions, { [uri('chile.md')]: 1, [uri('bolivia.md')]: null });
      const annotations = Object.values(result.edit!.changeAnnotations!);
      assert.deepEqual(annotations, [{ label: 'Add methods "Co-creation"', needsConfirmation: true }]);
      for (const change of changes)
        for (const edit of change.edits) {
          assert.equal(
            (edit as { annotationId?: string }).annotationId,
            Object.keys(result.edit!.changeAnnotations!)[0],
          );
          assert.equal((edit as { newText: string }).newText, '[[methods:Co-creation]]\n');
        }

      const refused = await client.connection.sendRequest(TagEditRequest, {
        uris: [uri('chile.md')],
        operation: { op: 'add', key: 'methods', value: 'x]]y' },
      });
      assert.equal(refused.edit, null);
      assert.match(refused.message ?? '', /line break, "\[\[" or "\]\]"/);

      const values = await client.connection.sendRequest(TagValuesRequest, {
        uris: [uri('peru.md')],
        key: 'country',
      });
      assert.deepEqual(values.present, [{ value: 'Peru', count: 1 }]);
    } finally {
      await client.stop();
    }
  });
});
