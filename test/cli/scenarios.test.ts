import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';
import { key, loadScenarios, sorted, type FindingsByPath } from '../support/scenarios';

interface JsonReport {
  files: { path: string; diagnostics: { rule: string; severity: string; range: never }[] }[];
}

describe('the scenario table, through the command line (check FOLDER --format json)', () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.name}: the same findings as the service in-process`, async () => {
      const run = await runCli(['check', '.', '--format', 'json'], { cwd: scenario.folder });
      assert.equal(run.stderr, '');
      const report = JSON.parse(run.stdout) as JsonReport;
      const found: FindingsByPath = {};
      for (const file of report.files) found[file.path.split('\\').join('/')] = file.diagnostics.map(key);
      assert.deepEqual(sorted(found), scenario.expected);
    });
  }
});
