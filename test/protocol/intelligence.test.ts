import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompletionRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
} from 'vscode-languageserver-protocol';
import { example } from '../support/corpus';
import { LspClient } from '../support/lspClient';

describe('completion and hover over stdio', () => {
  let client: LspClient;
  const uri = 'untitled:Completion-1';
  const seed = example('001');
  before(async () => {
    ({ client } = await LspClient.start());
    await client.open(uri, '# New plan\n[[type:learningplan]]\n[[sdgs:\n[[country:Cabo\n## \n');
    await client.open(seed.uri, seed.text, 'plaintext');
  });
  after(() => client.stop());

  async function complete(target: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: target },
      position: { line, character },
    })) as CompletionList | null;
    return result?.items ?? [];
  }

  it('offers the 17 SDGs after `[[sdgs:` on a fresh document', async () => {
    const items = await complete(uri, 2, 7);
    assert.equal(items.length, 17);
    assert.equal(items[0]?.label, '1. No poverty');
    assert.deepEqual(items[0]?.textEdit, {
      range: { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } },
      newText: '1. No poverty]]',
    });
  });

  it('finds Cape Verde when typing `[[country:Cabo`, and adds its location', async () => {
    const items = await complete(uri, 3, 14);
    const cape = items.find((item) => item.label === 'Cape Verde');
    assert.ok(cape);
    assert.equal(cape.filterText, 'Cabo Verde');
    assert.match(cape.additionalTextEdits?.[0]?.newText ?? '', /\[\[latlng:1[45]\.\d+,-2[345]\.\d+\]\]/);
  });

  it("offers the plan form's sections after `## `", async () => {
    const items = await complete(uri, 4, 3);
    assert.equal(items[0]?.label, 'Title');
    assert.equal(items.length, 6);
  });

  it('offers tag keys after `[[` on the seed, and hovers its SDGs and country', async () => {
    const lines = seed.text.split('\n');
    const sdg = lines.findIndex((line) => line.startsWith('[[sdgs:5.'));
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: seed.uri },
      position: { line: sdg, character: 10 },
    });
    assert.match(JSON.stringify(hover?.contents), /SDG 5: Gender Equality/);
    const country = lines.findIndex((line) => line.startsWith('[[country:'));
    const countryHover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: seed.uri },
      position: { line: country, character: 12 },
    });
    assert.match(JSON.stringify(countryHover?.contents), /ISO BO \/ BOL/);
    assert.match(JSON.stringify(countryHover?.contents), /lies in Bolivia/);
  });
});
