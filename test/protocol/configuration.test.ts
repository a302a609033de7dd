import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CompletionRequest } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

const PLAN =
  '# Plan\n[[focal_point:Diego]]\n[[year:2022]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

describe('configuration over stdio', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-config-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the workspace file, then VS Code settings on top', async () => {
    writeFileSync(join(dir, '.learningplans.yaml'), 'rules:\n  focal-point-email: hint\n  LP040: off\n');
    const folder = pathToFileURL(dir).href;
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: folder, name: 'lab' }],
      settings: { rules: { LP040: 'warning' }, validation: { debounce: 0 } },
    });
    try {
      const uri = pathToFileURL(join(dir, 'plan.md')).href;
      await client.open(uri, PLAN);
      const diagnostics = await client.diagnostics(uri);
      assert.equal(diagnostics.find((d) => d.code === 'LP031')?.severity, 4, 'hint from the file');
      assert.ok(
        diagnostics.filter((d) => d.code === 'LP040').every((d) => d.severity === 2),
        'warning from the settings',
      );
      assert.ok(diagnostics.some((d) => d.code === 'LP040'));
    } finally {
      await client.stop();
    }
  });

  it("publishes a broken configuration file's problems at their lines", async () => {
    const broken = join(dir, 'broken');
    rmSync(broken, { recursive: true, force: true });
    mkdirSync(broken);
    writeFileSync(join(broken, '.learningplans.yaml'), 'rules:\n  LP777: error\n');
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(broken).href, name: 'broken' }],
    });
    try {
      const uri = pathToFileURL(join(broken, 'plan.md')).href;
      await client.open(uri, PLAN);
      const configUri = pathToFileURL(join(broken, '.learningplans.yaml')).href;
      const problems = await client.diagnostics(configUri);
      assert.equal(problems[0]?.message, 'Unknown rule `LP777`.');
      assert.equal(problems[0]?.range.start.line, 1);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(
        diagnostics.some((d) => d.code === 'LP031'),
        'defaults still apply',
      );
    } finally {
      await client.stop();
    }
  });

  it("completes the methods a Lab declares under vocabulary, in a folder's configuration file", async () => {
    const lab = join(dir, 'lab');
    rmSync(lab, { recursive: true, force: true });
    mkdirSync(lab);
    writeFileSync(join(lab, '.learningplans.yaml'), 'vocabulary:\n  methods: [Lab Walks]\n');
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(lab).href, name: 'lab' }],
    });
    try {
      const uri = pathToFileURL(join(lab, 'plan.md')).href;
      await client.open(uri, `${PLAN}[[methods:La\n`);
      const list = await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: 6, character: 12 },
      });
      const items = Array.isArray(list) ? list : (list?.items ?? []);
      assert.ok(
        items.some((item) => item.label === 'Lab Walks'),
        items.map((item) => item.label).join(),
      );
    } finally {
      await client.stop();
    }
  });
});
