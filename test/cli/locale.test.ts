import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ruleCatalogue } from '../../server/src/service/internals';
import { BUNDLES } from '../../server/src/bundles';
import { runCli } from '../support/cli';

const ENGLISH = new Map(ruleCatalogue().map((rule) => [rule.id, rule.description]));
const LOCALES = ['es', 'fr', 'pt'] as const;

/** `learning-plans rules` output: each line's rule id and description. */
function listed(stdout: string): Map<string, string> {
  const rows = stdout.trimEnd().split('\n');
  return new Map(
    rows.map((row) => {
      const match = /^(LP\d{3}) {2}\S+ +\S+ +(.+)$/.exec(row);
      assert.ok(match, `a rule line: ${row}`);
      return [match[1]!, match[2]!];
    }),
  );
}

describe('the command line in the chosen language', () => {
  it('`rules` lists every rule with its English description by default', async () => {
    const run = await runCli(['rules']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(listed(run.stdout), ENGLISH);
  });

  for (const locale of LOCALES) {
    it(`\`rules --locale ${locale}\` describes every rule in that language, none in English`, async () => {
      const run = await runCli(['rules', '--locale', locale]);
      assert.equal(run.status, 0, run.stderr);
      const shown = listed(run.stdout);
      assert.deepEqual([...shown.keys()], [...ENGLISH.keys()]);
      const english = [...shown].filter(([id, description]) => description === ENGLISH.get(id));
      assert.deepEqual(english, [], 'descriptions left in English');
      for (const [id, description] of shown)
        assert.equal(description, BUNDLES[locale]![ENGLISH.get(id)!], `${id} in ${locale}`);
    });
  }

  it('`rules` follows LANG when no --locale is given', async () => {
    const run = await runCli(['rules'], { env: { LANG: 'fr_FR.UTF-8' } });
    assert.equal(
      listed(run.stdout).get('LP009'),
      BUNDLES.fr!['A tag the platform requires (focal_point, year, type, country, latlng) is missing.'],
    );
  });

  describe('SARIF', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'lp-cli-locale-'));
      writeFileSync(join(dir, 'plan.md'), '# Plan\n\n[[type:learningplan]]\n');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const sarif = async (args: string[]) => {
      const run = await runCli(['check', join(dir, 'plan.md'), '--format', 'sarif', ...args]);
      const [sarifRun] = JSON.parse(run.stdout).runs;
      return sarifRun as {
        language: string;
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; message: { text: string } }[];
      };
    };

    it('carries the rules, the messages and the language of --locale pt', async () => {
      const run = await sarif(['--locale', 'pt']);
      assert.equal(run.language, 'pt-BR');
      const rules = run.tool.driver.rules;
      assert.equal(rules.length, ENGLISH.size);
      for (const rule of rules) {
        assert.notEqual(rule.shortDescription.text, ENGLISH.get(rule.id), rule.id);
        assert.equal(rule.shortDescription.text, BUNDLES.pt![ENGLISH.get(rule.id)!], rule.id);
      }
      const required = run.results.find((result) => result.ruleId === 'LP009');
      assert.match(required!.message.text, /^Falta a etiqueta obrigatória/);
    });

    it('says its language is English when the locale has no translation', async () => {
      const run = await sarif(['--locale', 'de']);
      assert.equal(run.language, 'en-US');
      const rules = new Map(run.tool.driver.rules.map((rule) => [rule.id, rule.shortDescription.text]));
      assert.deepEqual(rules, ENGLISH);
    });
  });
});
