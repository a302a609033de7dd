import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../support/cli';

const FIXABLE =
  '# Plan\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learnigplan]]\n[[sdgs:SDG 5]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

describe('learning-plans check --fix and configuration', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-fix-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the fixes, keeping CRLF line endings, the BOM and the final newline, and reports what is left', async () => {
    const path = join(dir, 'crlf.md');
    writeFileSync(path, '\ufeff' + FIXABLE.replace(/\n/g, '\r\n'));
    const run = await runCli(['check', '--fix', path, '--format', 'json']);
    const fixed = readFileSync(path, 'utf8');
    assert.ok(fixed.startsWith('\ufeff# Plan\r\n'), 'BOM kept');
    assert.ok(fixed.includes('[[type:learningplan]]\r\n[[sdgs:5. Gender equality]]\r\n'));
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
    assert.ok(fixed.endsWith('\r\n'));
    assert.match(run.stderr, /applied \d+ fixes/);
    const rules = JSON.parse(run.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(!rules.includes('LP032') && !rules.includes('LP015'));
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file left behind',
    );
  });

  it('fixing twice changes nothing more', async () => {
    const path = join(dir, 'twice.md');
    writeFileSync(path, FIXABLE);
    await runCli(['check', '--fix', path]);
    const once = readFileSync(path, 'utf8');
    await runCli(['check', '--fix', path]);
    assert.equal(readFileSync(path, 'utf8'), once);
  });

  it('never writes a file that is not valid UTF-8', async () => {
    const path = join(dir, 'latin1.md');
    const bytes = Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(path, bytes);
    const run = await runCli(['check', '--fix', path]);
    assert.deepEqual(readFileSync(path), bytes);
    assert.match(run.stderr, /not valid UTF-8; checked with replacement characters, not fixed/);
  });

  it('reads the nearest .learningplans.yaml: severities and extra vocabulary', async () => {
    const lab = join(dir, 'lab');
    mkdirSync(lab);
    writeFileSync(
      join(lab, '.learningplans.yaml'),
      'rules:\n  LP045: off\n  focal-point-email: warning\nvocabulary:\n  methods: [Our Own Method]\n',
    );
    writeFileSync(
      join(lab, 'plan.md'),
      FIXABLE.replace('a@undp.org', 'Diego') + '[[methods:Our Own Method]]\n',
    );
    const run = await runCli(['check', join(lab, 'plan.md'), '--format', 'json']);
    const diagnostics = JSON.parse(run.stdout).files[0].diagnostics as { rule: string; severity: string }[];
    assert.equal(diagnostics.find((d) => d.rule === 'LP031')?.severity, 'warning');
    assert.ok(!diagnostics.some((d) => d.rule === 'LP016' || d.rule === 'LP045'));
  });

  it("checks a document against the Lab's own edition of a form from .learningplans.yaml", async () => {
    const lab = join(dir, 'edition');
    mkdirSync(lab);
    writeFileSync(
      join(lab, '.learningplans.yaml'),
      [
        'forms:',
        '  - form: plan',
        '    edition: lab-2025',
        '    label: Lab plan (2025)',
        '    sections:',
        '      - heading: Title',
        '        questions: [Please provide a name for your action learning plan.]',
        '      - heading: Risks',
        '        questions: [What could stop you?]',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(lab, 'plan.md'),
      '# P\n[[type:learningplan]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nP\n\n## Risks\n\n> What could stop you?\n\n',
    );
    const run = await runCli(['check', join(lab, 'plan.md'), '--format', 'json']);
    const diagnostics = JSON.parse(run.stdout).files[0].diagnostics as { rule: string; message: string }[];
    assert.deepEqual(
      diagnostics
        .filter((d) => d.rule === 'LP040' || d.rule === 'LP042' || d.rule === 'LP045')
        .map((d) => d.rule),
      ['LP045'],
    );
  });

  it('a broken configuration: reported at its line, exit 2, the defaults still apply and the files are checked', async () => {
    const lab = join(dir, 'broken');
    mkdirSync(lab);
    writeFileSync(join(lab, '.learningplans.yaml'), 'rules:\n  LP016: loud\n  LP045: off\n');
    writeFileSync(join(lab, 'plan.md'), FIXABLE);
    const run = await runCli(['check', join(lab, 'plan.md')], { cwd: lab });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.learningplans\.yaml:2:10: `loud` is not a severity/);
    assert.match(run.stdout, /plan\.md:4:8 error LP032/);
  });
});
