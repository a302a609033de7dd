/**
 * Very many findings or tags in one document: nothing spreads a huge array into a call's arguments (which overflows
 * the stack), and the command line reports them all within its budget.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeText, checkDocument, resolveSettings } from '../../server/src/service/internals';
import { runCli, withinBudget } from '../support/cli';
import { HEADER, twoHundredThousandFindings } from '../support/hostile';

describe('hundreds of thousands of findings or tags', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-findings-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('200,000 findings in one document: all reported by the command line, within 2 s, no LP900', async () => {
    const path = join(dir, 'broken.md');
    writeFileSync(path, twoHundredThousandFindings());
    const run = await runCli(['check', path], { killAfterMs: 30_000 });
    const budget = withinBudget(run, 2_000);
    assert.ok(budget.ok, budget.message);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, /LP900/);
    // Every broken tag is an error of its own (the document also misses the fields the platform requires).
    assert.match(run.stdout, /^\d+ problems \(200006 errors/m);
  });

  it('200,000 tags on one line, in the header or below it: each read, none lost', () => {
    const line = '[[datasources:survey]]'.repeat(200_000);
    for (const text of [`${HEADER}${line}\n`, `${HEADER}## Title\n\n${line}\n`]) {
      const analysis = analyzeText(text);
      assert.equal(analysis.doc.tags.length, 5 + 200_000);
      const { failures } = checkDocument(analysis, resolveSettings({}, { currentYear: 2026 }));
      assert.deepEqual(failures, []);
    }
  });
});
