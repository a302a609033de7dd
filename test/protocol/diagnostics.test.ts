import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DiagnosticSeverity, HoverRequest } from 'vscode-languageserver-protocol';
import { corpusFolder, example } from '../support/corpus';
import { LspClient } from '../support/lspClient';

describe('language server over stdio', () => {
  let client: LspClient;

  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(async () => {
    await client.stop();
  });

  it('publishes diagnostics for a plaintext seed as it is edited: breaking a tag adds one, fixing it removes it', async () => {
    const seed = example('001');
    await client.open(seed.uri, seed.text, 'plaintext');
    const initial = await client.diagnostics(seed.uri);
    assert.ok(!initial.some((d) => d.code === 'LP001'), 'the seed has no tag-syntax error');

    const line = seed.text.split('\n').findIndex((text) => text.startsWith('[[year:'));
    const end = seed.text.split('\n')[line]!.length;
    const broken = await client.change(seed.uri, [
      { range: { start: { line, character: end - 2 }, end: { line, character: end } }, text: '' },
    ]);
    const afterBreak = await client.diagnosticsForVersion(seed.uri, broken);
    const syntax = afterBreak.find((d) => d.code === 'LP001');
    assert.ok(syntax, 'breaking the year tag is reported');
    assert.equal(syntax.severity, DiagnosticSeverity.Error);
    assert.equal(syntax.range.start.line, line);
    assert.equal(syntax.source, 'learning-plans');
    assert.match(syntax.codeDescription?.href ?? '', /rules\.md#lp001-tag-syntax$/);

    const fixed = await client.change(seed.uri, [
      { range: { start: { line, character: end - 2 }, end: { line, character: end - 2 } }, text: ']]' },
    ]);
    const afterFix = await client.diagnosticsForVersion(seed.uri, fixed);
    assert.deepEqual(
      afterFix.map((d) => d.code),
      initial.map((d) => d.code),
    );
  });

  it('reports missing required tags and sections on a fresh document', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, '# A new plan\n\n[[type:learningplan]]\n## Title\n', 'markdown');
    const diagnostics = await client.diagnostics(uri);
    const codes = diagnostics.map((d) => d.code);
    assert.equal(
      codes.filter((code) => code === 'LP009').length,
      4,
      'focal_point, year, country and latlng are missing',
    );
    assert.ok(codes.includes('LP040'));
  });

  it('publishes no diagnostics for a blog page of the archive', async () => {
    const blog = corpusFolder('other').find((file) => file.name.startsWith('blog_'))!;
    const uri = pathToFileURL(blog.path).href;
    await client.open(uri, blog.text, 'markdown');
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  it('offers the fixes of a finding as quick fixes, and fix all', async () => {
    const uri = 'untitled:Untitled-2';
    const text = '# Plan\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n';
    await client.open(uri, text, 'markdown');
    const diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'LP015'));
    const finding = diagnostics.find((d) => d.code === 'LP015')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding] },
    });
    const titles = (actions ?? []).map((action) => action.title);
    assert.ok(titles.includes('Change to "5. Gender equality"'), titles.join(', '));
    const quickFix = (actions ?? []).find((action) => action.title === 'Change to "5. Gender equality"');
    assert.ok(quickFix && 'edit' in quickFix);
    assert.deepEqual(quickFix.edit?.changes?.[uri], [
      { range: finding.range, newText: '5. Gender equality' },
    ]);
    assert.ok(titles.some((title) => /fix all/i.test(title)));
  });
});

describe('language server in another display language', () => {
  it('publishes French messages when the client asks for French', async () => {
    const { client } = await LspClient.start({ initializationOptions: { debounce: 0, locale: 'fr' } });
    try {
      const uri = 'untitled:fr';
      await client.open(uri, '# Plan\n[[type:learningplan]]\n');
      const diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
      assert.ok(diagnostics.some((d) => d.message === 'La balise obligatoire `[[focal_point:…]]` manque.'));
    } finally {
      await client.stop();
    }
  });

  it("publishes Portuguese messages and hovers for VS Code's Brazilian Portuguese (pt-br)", async () => {
    const { client } = await LspClient.start({ initializationOptions: { debounce: 0, locale: 'pt-br' } });
    try {
      const uri = 'untitled:pt';
      await client.open(uri, '# Plano\n[[type:learningplan]]\n[[sdgs:2. Zero hunger]]\n');
      const diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
      assert.ok(diagnostics.some((d) => d.message === 'Falta a etiqueta obrigatória `[[focal_point:…]]`.'));
      const hover = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 2, character: 10 },
      });
      assert.match(JSON.stringify(hover?.contents), /ODS 2: Erradicar a fome/);
    } finally {
      await client.stop();
    }
  });
});
