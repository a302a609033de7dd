/**
 * What an author meets while writing, over the wire as VS Code receives it: related places on diagnostics, quick
 * fixes in the Ctrl+. menu, snippets, completion documentation and the outline.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionItemKind,
  CompletionRequest,
  CompletionTriggerKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
} from 'vscode-languageserver-protocol';
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

  async function complete(uri: string, line: number, character: number, trigger?: string) {
    const result = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character },
      context: trigger
        ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: trigger }
        : { triggerKind: CompletionTriggerKind.Invoked },
    })) as CompletionList | CompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  it('typing `lp-` brings the form snippets as snippets, the plan first', async () => {
    const uri = 'untitled:Snippets-1';
    await client.open(uri, 'lp-', 'plaintext');
    const items = await complete(uri, 0, 3, '-');
    assert.deepEqual(
      items.map((item) => item.label),
      ['lp-plan', 'lp-closing', 'lp-experiment', 'lp-solution', 'lp-toolkit'],
    );
    assert.equal(items[0]?.kind, CompletionItemKind.Snippet);
    assert.equal(items[0]?.insertTextFormat, InsertTextFormat.Snippet);
    assert.match(items[0]?.textEdit?.newText ?? '', /^# \$\{1:Title\}\n/);
  });

  it('completion items carry Markdown documentation', async () => {
    const uri = 'untitled:Completion-docs';
    await client.open(uri, `${HEADER}[[methods:]]\n## Title\n`);
    const items = await complete(uri, 7, 10, ':');
    const method = items.find((item) => item.label === 'Co-creation');
    assert.deepEqual(Object.keys(method?.documentation ?? {}).sort(), ['kind', 'value']);
    const documentation = method?.documentation as { kind: string; value: string };
    assert.equal(documentation.kind, MarkupKind.Markdown);
    assert.match(documentation.value, /^\*\*Co-creation\*\*\n\nDesigning solutions together/);
  });

  it('the quick-fix menu offers fix all as a quick fix', async () => {
    const uri = 'untitled:Fix-all';
    await client.open(uri, `${HEADER}[[methods:Sensemakng]]\n## Title\n`);
    await client.diagnostics(uri, (list) => list.some((d) => d.code === 'LP011'));
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 7, character: 12 }, end: { line: 7, character: 12 } },
      context: { diagnostics: [] },
    });
    const titles = (actions ?? []).map((action) => ('kind' in action ? [action.kind, action.title] : []));
    assert.deepEqual(titles, [
      ['quickfix', 'Change to "Sensemaking"'],
      ['quickfix', 'Fix all learning-plan problems in this file'],
    ]);
  });
});
