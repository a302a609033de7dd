import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SemanticTokensRequest,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol';
import { example } from '../support/corpus';
import { LspClient } from '../support/lspClient';

describe('outline, folding, links and semantic tokens over stdio', () => {
  let client: LspClient;
  let legend: string[];
  const seed = example('001');

  before(async () => {
    const started = await LspClient.start();
    client = started.client;
    legend = started.initialize.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
    await client.open(seed.uri, seed.text, 'plaintext');
  });
  after(() => client.stop());

  it('answers documentSymbol with the sections of the plan', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: seed.uri },
    })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 3), ['Tags', 'Title', 'Challenge statement']);
    const partners = symbols.find((s) => s.name === 'Partners');
    assert.equal(partners?.children?.filter((c) => c.detail === 'Partner').length, 2);
  });

  it('answers foldingRange with the tag block and the groups', async () => {
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, {
      textDocument: { uri: seed.uri },
    });
    assert.ok(folds?.some((f) => f.startLine === 2 && f.endLine === 27 && f.kind === 'region'));
    assert.ok((folds?.length ?? 0) > 15);
  });

  it('answers documentLink with the focal point as mailto', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, {
      textDocument: { uri: seed.uri },
    });
    assert.equal(links?.[0]?.target, 'mailto:diego.suarez@undp.org');
    assert.deepEqual(links?.[0]?.range, {
      start: { line: 2, character: 14 },
      end: { line: 2, character: 35 },
    });
  });

  it("answers semantic tokens that colour the plaintext seed's tags", async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, {
      textDocument: { uri: seed.uri },
    });
    const data = tokens?.data ?? [];
    assert.equal(data.length % 5, 0);
    // The first token is the `[[` of the focal_point tag on line 2.
    assert.deepEqual(data.slice(0, 5), [2, 0, 2, legend.indexOf('operator'), 0]);
    assert.deepEqual(data.slice(5, 10), [0, 2, 11, legend.indexOf('property'), 0]);
  });
});
