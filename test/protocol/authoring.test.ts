/**
 * What an author meets while writing, over the wire as VS Code receives it: related places on diagnostics, quick
 * fixes in the Ctrl+. menu, snippets, completion documentation and the outline.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';

const HEADER =
  '# Mi Barrio\n\n[[focal_point:ana.perez@undp.org]]\n[[year:2024]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

describe('authoring over stdio', () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(() => client.stop());

  it('a repeated tag carries the first one as related information, in the same document', async () => {
    const uri = 'untitled:Related-1';
    await client.open(uri, `${HEADER}[[methods:Co-creation]]\n[[methods:Co-creation]]\n## Title\n`);
    const diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'LP005'));
    const repeated = diagnostics.find((d) => d.code === 'LP005');
    assert.deepEqual(repeated?.relatedInformation, [
      {
        location: { uri, range: { start: { line: 7, character: 0 }, end: { line: 7, character: 23 } } },
        message: '[[methods:Co-creation]]',
      },
    ]);
  });
});
