import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { example } from '../support/corpus';
import { ROOT } from '../support/docs';
import { LspClient, writeRaw } from '../support/lspClient';

describe('faults in the server', () => {
  it('a rule that throws is reported once, in the diagnostics and in the log, and the other rules still run', async () => {
    const { client } = await LspClient.start({
      serverArgs: ['--import', 'tsx', join(ROOT, 'test', 'support', 'faultyServer.ts'), '--stdio'],
    });
    try {
      const seed = example('001');
      await client.open(seed.uri, seed.text, 'plaintext');
      const diagnostics = await client.diagnostics(seed.uri, (list) => list.length > 0);
      assert.equal(diagnostics.filter((d) => d.code === 'LP900').length, 1);
      assert.match(
        String(diagnostics.find((d) => d.code === 'LP900')!.message),
        /LP998 \(always-fails\) failed/,
      );
      assert.ok(
        diagnostics.some((d) => d.code === 'LP050'),
        'the other rules still ran',
      );
      await new Promise<void>((resolve) => {
        const check = () =>
          client.log.some((entry) => /LP998 failed: Error: this rule fails on purpose/.test(entry.message))
            ? resolve()
            : setImmediate(check);
        check();
      });
    } finally {
      await client.stop();
    }
  });

  it('survives malformed messages and requests, and keeps answering', async () => {
    const { client } = await LspClient.start();
    try {
      const seed = example('001');
      await client.open(seed.uri, seed.text, 'plaintext');
      await client.diagnostics(seed.uri);
      writeRaw(client, 'Content-Length: 8\r\n\r\n{"jsonrp');
      writeRaw(client, 'Content-Length: 13\r\n\r\n{not json!!!}');
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: 'file:///nowhere.md' },
        position: { line: 0, character: 0 },
      });
      await client.connection.sendRequest('textDocument/hover', { nonsense: true }).catch(() => undefined);
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: seed.uri },
        position: { line: -5, character: 1e9 },
      });
      const hover = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: seed.uri },
        position: { line: 20, character: 10 },
      });
      assert.match(JSON.stringify(hover?.contents), /SDG 5/);
    } finally {
      await client.stop();
    }
  });
});
