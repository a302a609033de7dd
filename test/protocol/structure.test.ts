import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DocumentLinkRequest,
  DocumentSymbolRequest,
  SymbolKind,
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

  it('answers documentSymbol with the title at the root, then the tags and the sections of the plan', async () => {
    const [root, ...rest] = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: seed.uri },
    })) as DocumentSymbol[];
    assert.deepEqual(rest, []);
    assert.equal(root?.name, 'Mi Barrio (Digital neighborhood)');
    assert.equal(root?.kind, SymbolKind.File);
    const symbols = root?.children ?? [];
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 3), ['Tags', 'Title', 'Challenge statement']);
    assert.deepEqual(
      symbols.slice(0, 2).map((s) => s.kind),
      [SymbolKind.Enum, SymbolKind.String],
    );
    const partners = symbols.find((s) => s.name === 'Partners');
    const named = partners?.children?.filter((c) => c.detail === 'Partner') ?? [];
    assert.equal(named.length, 2);
    assert.equal(named[0]?.kind, SymbolKind.Struct);
    assert.equal(named[0]?.children?.[0]?.kind, SymbolKind.EnumMember, 'a question');
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
