/**
 * The server keeps answering while it checks a hostile document: a hover sent right after the document is opened,
 * or changed, waits for that check, and the check is bounded. The budget counts the server's CPU time while the
 * hover waits (other programs on a busy machine do not inflate it); the wall time is bounded loosely.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { mainThreadCpuMs } from '../support/cpuTime';
import { distinctUnknownValues, hugeCountryValue } from '../support/hostile';
import { LspClient } from '../support/lspClient';
import { example } from '../support/corpus';

const BUDGET_MS = 200;

async function timedHover(
  client: LspClient,
  uri: string,
): Promise<{ cpuMs: number; ms: number; text: string }> {
  const cpu = mainThreadCpuMs(client.pid);
  const start = performance.now();
  const hover = await client.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line: 4, character: 12 },
  });
  return {
    cpuMs: mainThreadCpuMs(client.pid) - cpu,
    ms: performance.now() - start,
    text: JSON.stringify(hover),
  };
}

describe('a hover while the server checks a hostile document', () => {
  for (const [name, text] of [
    ['1,500 distinct unknown countries', distinctUnknownValues('country', 1_500)],
    ['one 1.3 MB country value', hugeCountryValue()],
  ] as const) {
    it(`${name}: answered within ${BUDGET_MS} ms of the server's time, on opening and on a keystroke`, async () => {
      const { client } = await LspClient.start();
      try {
        // A session already under way: an ordinary plan open and checked first.
        const seed = example('001');
        await client.open(seed.uri, seed.text, 'plaintext');
        await client.diagnostics(seed.uri, (list) => list.length > 0);
        const uri = 'file:///hostile/plan.md';
        await client.open(uri, text);
        const opened = await timedHover(client, uri);
        await client.change(uri, [
          { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: 'x' },
        ]);
        const changed = await timedHover(client, uri);
        for (const hover of [opened, changed]) {
          assert.ok(
            hover.cpuMs < BUDGET_MS && hover.ms < BUDGET_MS * 10,
            `${hover.cpuMs} ms of the server's CPU time, ${hover.ms.toFixed(0)} ms in all`,
          );
          assert.match(hover.text, /Bolivia/);
        }
      } finally {
        await client.stop();
      }
    });
  }
});
