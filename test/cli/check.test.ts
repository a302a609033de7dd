import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CORPUS, EXAMPLES } from '../support/corpus';
import { ROOT } from '../support/docs';
import { CLI, runCli } from '../support/cli';
import { planText } from '../support/plans';

const BROKEN_PLAN = '# Plan\n\n[[focal_point:someone@undp.org]]\n[[year:2022\n[[type:learningplan]]\n';

describe('learning-plans check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints findings for the examples in file:line:col form with a summary, and exits 0 or 1 on errors', async () => {
    const run = await runCli(['check', 'examples']);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    assert.match(last, /(No problems in 6 files\.|\d+ problems? \(\d+ errors?.* in 6 files\.)/);
    assert.equal(run.status, /\(0 errors/.test(last) || /No problems/.test(last) ? 0 : 1);
  });

  it('exits 1 with the finding at its place when a document has an error', async () => {
    writeFileSync(join(dir, 'broken.md'), BROKEN_PLAN);
    const run = await runCli(['check', join(dir, 'broken.md')]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /broken\.md:4:1 error LP001 tag-syntax This tag is not closed/);
  });

  it('writes the stable JSON shape, with 0-based LSP ranges', async () => {
    writeFileSync(join(dir, 'broken.md'), BROKEN_PLAN);
    const run = await runCli(['check', join(dir, 'broken.md'), '--format', 'json']);
    const output = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(output), ['files', 'summary']);
    assert.deepEqual(Object.keys(output.summary), ['files', 'errors', 'warnings']);
    const [file] = output.files;
    assert.deepEqual(Object.keys(file), ['path', 'kind', 'form', 'diagnostics']);
    assert.equal(file.kind, 'learningplan');
    assert.equal(file.form, 'plan');
    const syntax = file.diagnostics.find((d: { rule: string }) => d.rule === 'LP001');
    assert.deepEqual(Object.keys(syntax), ['rule', 'name', 'severity', 'message', 'range']);
    assert.deepEqual(syntax.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 11 } });
    assert.equal(
      output.summary.errors,
      file.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length,
    );
  });

  it('writes SARIF 2.1.0 whose results point at known rules with 1-based regions', async () => {
    writeFileSync(join(dir, 'broken.md'), BROKEN_PLAN);
    const run = await runCli(['check', join(dir, 'broken.md'), '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'learning-plans');
    const ids = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.ok(sarifRun.results.length > 0);
    for (const result of sarifRun.results) {
      assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(ids.includes(result.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const { region, artifactLocation } = result.locations[0].physicalLocation;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
      assert.ok(!artifactLocation.uri.includes('\\'));
    }
    const syntax = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'LP001');
    assert.deepEqual(syntax.locations[0].physicalLocation.region, {
      startLine: 4,
      startColumn: 1,
      endLine: 4,
      endColumn: 12,
    });
  });

  it('walks folders for .md and .txt files, skipping node_modules and dot-folders, and survives symlink loops', async () => {
    const root = join(dir, 'walk');
    mkdirSync(join(root, 'sub', 'node_modules'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'a.md'), BROKEN_PLAN);
    writeFileSync(join(root, 'sub', 'b.txt'), BROKEN_PLAN);
    writeFileSync(join(root, 'sub', 'c.json'), '{}');
    writeFileSync(join(root, 'sub', 'node_modules', 'd.md'), BROKEN_PLAN);
    writeFileSync(join(root, '.git', 'e.md'), BROKEN_PLAN);
    symlinkSync(root, join(root, 'sub', 'loop'));
    const run = await runCli(['check', root, '--format', 'json']);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) =>
      file.path.slice(root.length + 1),
    );
    assert.deepEqual(paths, ['a.md', 'sub/b.txt']);
  });

  it('applies the rules that compare documents across the folder it checks', async () => {
    const lab = join(dir, 'challenges');
    mkdirSync(lab);
    for (const n of [1, 2, 3, 4])
      writeFileSync(
        join(lab, `plan-${n}.md`),
        planText({ title: `Challenge ${n}`, country: 'Peru', year: 2024 }),
      );
    const run = await runCli(['check', lab, '--format', 'json']);
    const output = JSON.parse(run.stdout);
    // One portfolio note for Peru in 2024, on its first plan form.
    const noted = output.files.filter((file: { diagnostics: { rule: string }[] }) =>
      file.diagnostics.some((d) => d.rule === 'LP070'),
    );
    assert.deepEqual(
      noted.map((file: { path: string }) => file.path.slice(lab.length + 1)),
      ['plan-1.md'],
    );
  });

  it('speaks Spanish or French with --locale', async () => {
    writeFileSync(join(dir, 'broken.md'), BROKEN_PLAN);
    const run = await runCli(['check', join(dir, 'broken.md'), '--locale', 'es']);
    assert.match(run.stdout, /LP001 tag-syntax Esta etiqueta no está cerrada: termínela con `\]\]`\./);
    assert.match(run.stdout, /problemas \(\d+ errores/);
  });

  it('speaks Portuguese with --locale pt: no message of a finding, nor the summary, is left in English', async () => {
    const run = await runCli(['check', join(ROOT, 'test', 'fixtures', 'portuguese'), '--locale', 'pt']);
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.pt-br.json'), 'utf8')) as Record<
      string,
      string
    >;
    // A message written from a template: its words as they are, any text where the arguments go.
    const template = (text: string) =>
      new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\d+\}/g, '[\\s\\S]*')}$`);
    const portuguese = Object.values(bundle).map(template);
    const english = Object.entries(bundle)
      .filter(([source, translation]) => source !== translation)
      .map(([source]) => template(source));
    const lines = run.stdout.trim().split('\n');
    const messages = lines
      .map((line) => /^\S+:\d+:\d+ \S+ LP\d+ \S+ (.*)$/.exec(line)?.[1] ?? line)
      .filter(Boolean);
    assert.ok(messages.length >= 15, run.stdout);
    assert.match(messages.at(-1)!, /^\d+ problemas \(\d+ erros, \d+ avisos/);
    for (const message of messages) {
      assert.ok(
        portuguese.some((pattern) => pattern.test(message)),
        `not one of the Portuguese messages: ${message}`,
      );
      assert.ok(!english.some((pattern) => pattern.test(message)), `left in English: ${message}`);
    }
  });

  it('checks the whole corpus sample without crashing, and stays silent on its blogs', async () => {
    const run = await runCli(['check', CORPUS, '--format', 'json']);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.ok(output.files.length >= 380);
    for (const file of output.files.filter((f: { path: string }) => f.path.includes('/other/'))) {
      assert.equal(file.kind, 'other', file.path);
      assert.deepEqual(file.diagnostics, [], file.path);
    }
  });

  describe('bad input gets a clear message, never a stack trace', () => {
    it('a reader that stops early (`| head`): the output ends quietly', async () => {
      const child = spawn(process.execPath, [CLI, 'check', CORPUS, '--format', 'json'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const [status] = (await once(child, 'close')) as [number | null];
      assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
      assert.ok(status === 0 || status === 1, stderr);
    });

    it('a missing path: exit 2 and the path named', async () => {
      const run = await runCli(['check', join(dir, 'nope.md')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /nope\.md: no such file or folder/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });

    it('a binary file: skipped with a notice, the other files still checked', async () => {
      writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff]));
      writeFileSync(join(dir, 'broken.md'), BROKEN_PLAN);
      const run = await runCli(['check', join(dir, 'image.md'), join(dir, 'broken.md')]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /image\.md: skipped: binary file/);
      assert.match(run.stdout, /broken\.md:4:1 error LP001/);
    });

    it('an unreadable file: exit 2, named, and the other files still checked', async (t) => {
      const root = mkdtempSync(join(tmpdir(), 'lp-unreadable-'));
      chmodSync(root, 0o755);
      const cli = join(root, 'cli.js');
      // The command line is its loader and its bundle, side by side.
      copyFileSync(CLI, cli);
      copyFileSync(join(dirname(CLI), 'cli-bundle.js'), join(root, 'cli-bundle.js'));
      writeFileSync(join(root, 'secret.md'), BROKEN_PLAN);
      chmodSync(join(root, 'secret.md'), 0o000);
      writeFileSync(join(root, 'open.md'), BROKEN_PLAN);
      chmodSync(join(root, 'open.md'), 0o644);
      // Root reads any file, so the check runs as an ordinary user when the tests run as root.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      t.after(() => rmSync(root, { recursive: true, force: true }));
      const run = await runCli(['check', join(root, 'secret.md'), join(root, 'open.md')], {
        cli,
        cwd: root,
        ...asUser,
      });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /secret\.md: permission denied/);
      assert.match(run.stdout, /open\.md:4:1 error LP001/);
    });

    it('an empty file and a whitespace-only file: silence, exit 0', async () => {
      writeFileSync(join(dir, 'empty.md'), '');
      writeFileSync(join(dir, 'blank.txt'), '  \n\n\t\n');
      const run = await runCli(['check', join(dir, 'empty.md'), join(dir, 'blank.txt'), '--format', 'json']);
      assert.equal(run.status, 0);
      const output = JSON.parse(run.stdout);
      assert.deepEqual(
        output.files.map((f: { kind: string; diagnostics: unknown[] }) => [f.kind, f.diagnostics.length]),
        [
          ['other', 0],
          ['other', 0],
        ],
      );
    });

    it('a file with only front matter: checked without failing', async () => {
      writeFileSync(join(dir, 'card.md'), '---\ntitle: A card\nsdg: [5 Gender Equality]\n---\n');
      writeFileSync(join(dir, 'page.md'), '---\ntitle: Just a page\n---\n');
      const run = await runCli(['check', join(dir, 'card.md'), join(dir, 'page.md'), '--format', 'json']);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const output = JSON.parse(run.stdout);
      assert.deepEqual(
        output.files.map((f: { kind: string }) => f.kind),
        ['toolkit', 'other'],
      );
      assert.equal(run.stderr, '');
    });

    it('an unknown option or format: exit 2 with usage', async () => {
      const run = await runCli(['check', '--format', 'xml', EXAMPLES]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /Unknown format "xml"/);
      assert.match(run.stderr, /Usage: learning-plans check/);
    });
  });
});
