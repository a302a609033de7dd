/**
 * Keys a user writes (vocabulary keys, rule ids, form names, labels, tag keys) may be any word, including the
 * names every JavaScript object inherits: `constructor`, `toString`, `hasOwnProperty`, `__proto__`. They are read
 * as ordinary keys: no rule fails (LP900), nothing else in the configuration is lost.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  type CompletionList,
} from 'vscode-languageserver-protocol';
import {
  checkText,
  createLocalize,
  findRule,
  mergeSettings,
  parseConfig,
  resolveSettings,
} from '../../server/src/service/internals';
import { runCli } from '../support/cli';
import { HEADER } from '../support/hostile';
import { LspClient } from '../support/lspClient';

const NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

const CONFIG = [
  'rules:',
  '  LP016: off',
  ...NAMES.map((name) => `  ${name}: warning`),
  'vocabulary:',
  ...NAMES.map((name) => `  ${name}: [value of ${name}]`),
  '  methods: [Our Own Method]',
  '  sdgs: [Goal of the Lab]',
  'forms:',
  '  - form: constructor',
  '    edition: x',
  '    sections: [{ heading: A }]',
  '',
].join('\n');

const DOCUMENT =
  HEADER +
  NAMES.map((name) => `[[${name}:value of ${name}]]\n`).join('') +
  '[[methods:Our Own Methd]]\n[[sdgs:Goal of the Lab]]\n';

const isRule = (id: string) => findRule(id) !== undefined;

describe('keys named like the properties every object has', () => {
  it('are read from .learningplans.yaml as ordinary keys, and what else it says still applies', () => {
    const { settings, problems } = parseConfig(CONFIG, isRule);
    assert.deepEqual(Object.keys(settings.vocabulary ?? {}).sort(), [...NAMES, 'methods', 'sdgs'].sort());
    assert.deepEqual(settings.vocabulary?.['__proto__'], ['value of __proto__']);
    assert.deepEqual(settings.rules, { LP016: 'off' });
    assert.deepEqual(
      problems.map((problem) => problem.message),
      [
        ...NAMES.map((name) => `Unknown rule \`${name}\`.`),
        '`form` must be one of plan, closing, experiment, solution, toolkit.',
      ],
    );
  });

  it('in the settings, the configuration and the document: every rule runs, the vocabulary applies', () => {
    const fromFile = parseConfig(CONFIG, isRule).settings;
    const fromEditor = JSON.parse(
      `{"vocabulary": {${NAMES.map((name) => `"${name}": ["other value"]`).join(', ')}, "methods": 5}, "rules": {"__proto__": "off", "toString": 3}}`,
    );
    const settings = resolveSettings(mergeSettings(fromFile, fromEditor), { currentYear: 2026 });
    const { findings, failures } = checkText(DOCUMENT, settings);
    assert.deepEqual(failures, []);
    const rules = findings.map((finding) => finding.rule);
    assert.ok(!rules.includes('LP900'));
    assert.ok(!rules.includes('LP010'), "the Lab's own SDG value is known");
    assert.equal(
      rules.filter((rule) => rule === 'LP003').length,
      NAMES.length,
      'each unknown key is reported',
    );
  });

  it('as a message template or a label: read as the text itself', () => {
    const t = createLocalize({ hello: 'hola' });
    assert.equal(t('hello'), 'hola');
    for (const name of NAMES) assert.equal(t(name), name);
  });

  it('as the label of an edition: hover and every rule still work', () => {
    const config = [
      'forms:',
      '  - form: plan',
      '    edition: lab',
      '    label: constructor',
      '    sections:',
      '      - heading: toString',
      '        questions: [hasOwnProperty of the plan?]',
      '',
    ].join('\n');
    const settings = resolveSettings(parseConfig(config, isRule).settings, { currentYear: 2026 });
    const text = '# P\n[[type:learningplan]]\n## toString\n\n> hasOwnProperty of the plan?\n\nA\n## Other\n';
    const { findings, failures } = checkText(text, settings);
    assert.deepEqual(failures, []);
    assert.ok(findings.some((finding) => finding.rule === 'LP042'));
  });
});

describe('keys named like the properties every object has, end to end', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-proto-'));
    writeFileSync(join(dir, '.learningplans.yaml'), CONFIG);
    writeFileSync(join(dir, 'plan.md'), DOCUMENT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the command line reports the unknown rules and checks the document, with no LP900', async () => {
    const run = await runCli(['check', join(dir, 'plan.md'), '--format', 'json']);
    assert.equal(run.status, 2, 'the configuration has problems');
    assert.match(run.stderr, /\.learningplans\.yaml:3:3: Unknown rule `constructor`\./);
    assert.doesNotMatch(run.stderr, /failed|TypeError/);
    const rules = JSON.parse(run.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(!rules.includes('LP900') && !rules.includes('LP010'));
  });

  it('the server publishes diagnostics, completes, hovers and offers code actions', async () => {
    const vocabulary = Object.fromEntries(NAMES.map((name) => [name, ['from the editor']]));
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'lab' }],
      settings: { vocabulary, rules: Object.fromEntries(NAMES.map((name) => [name, 'off'])) },
    });
    try {
      const uri = pathToFileURL(join(dir, 'plan.md')).href;
      await client.open(uri, DOCUMENT);
      const diagnostics = await client.diagnostics(uri, (list) => list.length > 0);
      assert.ok(!diagnostics.some((d) => d.code === 'LP900'), JSON.stringify(diagnostics));
      const line = DOCUMENT.split('\n').findIndex((text) => text.startsWith('[[methods:'));
      const completion = (await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line, character: 10 },
      })) as CompletionList;
      assert.ok(completion.items.length > 0);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line, character: 0 }, end: { line, character: 20 } },
        context: { diagnostics },
      });
      assert.ok(Array.isArray(actions));
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line, character: 12 },
      });
      assert.equal(
        client.log.filter((entry) => /failed/.test(entry.message)).length,
        0,
        JSON.stringify(client.log),
      );
    } finally {
      await client.stop();
    }
  });
});
