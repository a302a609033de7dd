import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, resolveSettings, RULES } from '../../server/src/service/internals';
import { readRuleDocs } from '../support/docs';

const settings = resolveSettings({}, { currentYear: 2026 });
const docs = readRuleDocs();

function rulesFired(text: string): string[] {
  return checkText(text, settings).findings.map((finding) => finding.rule);
}

describe('docs/rules.md', () => {
  it('documents every rule, under its id and name, with its default severity', () => {
    for (const rule of RULES) {
      const section = docs.find((doc) => doc.id === rule.id);
      assert.ok(section, `docs/rules.md has no section for ${rule.id}`);
      assert.equal(section.name, rule.name, `${rule.id}'s section names it ${section.name}`);
      assert.match(
        section.severityLine,
        new RegExp(`^Severity: ${rule.defaultSeverity} `),
        `${rule.id}'s severity`,
      );
      if (rule.id !== 'LP900') {
        assert.ok(
          section.bad.length > 0 && section.good.length > 0,
          `${rule.id} needs a Bad and a Good example`,
        );
      }
    }
  });

  for (const section of docs) {
    if (section.bad.length === 0) continue;
    it(`${section.id} ${section.name}: the bad example fires it, the good example does not`, () => {
      for (const bad of section.bad) assert.ok(rulesFired(bad).includes(section.id), `bad example:\n${bad}`);
      for (const good of section.good)
        assert.ok(!rulesFired(good).includes(section.id), `good example:\n${good}`);
    });
  }
});
