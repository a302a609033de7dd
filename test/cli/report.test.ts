import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import { CORPUS, example } from '../support/corpus';
import { CLI, runCli } from '../support/cli';

describe('learning-plans report', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-report-'));
    copyFileSync(example('001').path, join(dir, 'seed.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the portfolio of the corpus sample as JSON, one row per document, and the same rows as CSV', async () => {
    const json = await runCli(['report', CORPUS, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const { documents, goals } = JSON.parse(json.stdout) as {
      documents: { path: string; title: string; sdgs: number[]; kind: string }[];
      goals: unknown[];
    };
    assert.ok(documents.length > 300);
    assert.equal(goals.length, 17);
    assert.ok(documents.every((row) => row.path.startsWith('test/fixtures/corpus/')));
    assert.ok(!documents.some((row) => row.path.includes('/other/')), 'blog posts are not in the portfolio');
    const csv = await runCli(['report', CORPUS, '--sdg', '5']);
    assert.equal(csv.status, 0, csv.stderr);
    const lines = csv.stdout.trimEnd().split('\r\n');
    assert.equal(lines.length - 1, documents.filter((row) => row.sdgs.includes(5)).length);
    assert.ok(lines.slice(1).every((line) => line.includes('5. Gender Equality')));
  });

  it('writes one HTML page to a file, with the charts and every document', async () => {
    const output = join(dir, 'portfolio.html');
    const run = await runCli([
      'report',
      CORPUS,
      '--format',
      'html',
      '--output',
      output,
      '--kind',
      'experiment',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    const html = readFileSync(output, 'utf8');
    assert.equal((html.match(/<svg /g) ?? []).length, 4);
    assert.match(html, /<h1>Portfolio of \d+ documents<\/h1>/);
    assert.ok(!/<td>Learning plan<br>/.test(html), 'only experiments');
  });

  it('pipes an XLSX workbook, and refuses to print one on a terminal', async () => {
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'report', dir, '--format', 'xlsx']);
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', () => resolve(Buffer.concat(chunks)));
    });
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip, as XLSX files are');
    const said: string[] = [];
    const status = await main({
      argv: ['report', dir, '--format', 'xlsx'],
      env: {},
      cwd: dir,
      stdout: (text) => said.push(text),
      stderr: (text) => said.push(text),
      stdoutBytes: () => said.push('BINARY'),
      isTty: true,
      version: '0',
      rulesDocUrl: '',
    });
    assert.equal(status, 2);
    assert.match(said.join(''), /binary: write it to a file with --output/);
    assert.ok(!said.includes('BINARY'));
  });

  it('never writes the report over one of the documents, nor takes a bad filter', async () => {
    const seed = join(dir, 'seed.txt');
    const before = readFileSync(seed, 'utf8');
    const over = await runCli(['report', dir, '--output', seed]);
    assert.equal(over.status, 2);
    assert.match(over.stderr, /is one of the documents/);
    assert.equal(readFileSync(seed, 'utf8'), before);
    const bad = await runCli(['report', dir, '--sdg', '18']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--sdg takes a goal's number, 1 to 17/);
    assert.ok(!/ at \w+ \(/.test(bad.stderr), 'no stack trace');
    const misplaced = await runCli(['check', dir, '--output', 'x.csv']);
    assert.match(misplaced.stderr, /--output is an option of report/);
  });

  it('replaces an earlier report whole, and says so when a report cannot be written', async () => {
    const output = join(dir, 'report.csv');
    writeFileSync(output, 'old report');
    const run = await runCli(['report', dir, '--output', output]);
    assert.equal(run.status, 0, run.stderr);
    const written = readFileSync(output, 'utf8');
    assert.ok(written.startsWith('\uFEFFFile,Title,'), 'a BOM so that spreadsheets read UTF-8');
    assert.match(written, /Mi Barrio/);
    const missing = await runCli(['report', dir, '--output', join(dir, 'no-such-folder', 'r.csv')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /could not write the report/);
  });
});
