import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  crossDocumentFindings,
  indexEntry,
  analyzeText,
  english,
  resolveSettings,
  type ResolvedSettings,
  WORKSPACE_RULES,
} from '../../server/src/service/internals';
import { readRuleDocs } from '../support/docs';
import { planText } from '../support/plans';

const settings = resolveSettings({}, { currentYear: 2026 });

function findings(documents: Record<string, string>) {
  return crossDocumentFindings(entriesOf(documents), english, () => ({ settings }));
}

function entriesOf(documents: Record<string, string>) {
  return Object.entries(documents).map(([uri, text]) => indexEntry(uri, analyzeText(text)));
}

const withSettings = (settings: ResolvedSettings) => () => ({ settings });

describe('rules across documents', () => {
  it('LP070 flags a fourth plan form for the same country and year, on each of them', () => {
    const plans = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `file:///p${n}.md`,
        planText({ title: `Challenge ${n}`, country: 'Bolivia', year: 2022 }),
      ]),
    );
    const result = findings(plans);
    assert.equal([...result.values()].flat().filter((f) => f.rule === 'LP070').length, 4);
    assert.match(result.get('file:///p1.md')![0]!.message, /4 plan forms for Bolivia in 2022/);
    const three = findings({
      ...plans,
      'file:///p4.md': planText({ title: 'Challenge 4', country: 'Bolivia', year: 2023 }),
    });
    assert.equal([...three.values()].flat().filter((f) => f.rule === 'LP070').length, 0);
  });

  it('LP070 counts countries by their platform spelling (Cabo Verde is Cape Verde)', () => {
    const plans = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `file:///p${n}.md`,
        planText({ title: `C${n}`, country: n % 2 ? 'Cape Verde' : 'Cabo Verde', year: 2022 }),
      ]),
    );
    assert.equal([...findings(plans).values()].flat().length, 4);
  });

  it('LP071 hints a closing form that matches no plan form', () => {
    const result = findings({
      'file:///plan.md': planText({ title: 'Mi Barrio', country: 'Bolivia', year: 2022 }),
      'file:///closing.md': planText({
        title: 'Mi Barrio (closing form)',
        country: 'Bolivia',
        year: 2023,
        form: 'closing',
      }),
      'file:///orphan.md': planText({
        title: 'Something else entirely',
        country: 'Bolivia',
        year: 2023,
        form: 'closing',
      }),
    });
    assert.deepEqual([...result.keys()], ['file:///orphan.md']);
    assert.equal(result.get('file:///orphan.md')![0]!.severity, 'hint');
  });

  it('LP072 hints a focal point spelt differently from the other documents', () => {
    const result = findings({
      'file:///a.md': planText({
        title: 'A',
        country: 'Peru',
        year: 2022,
        focalPoint: 'mariana.olcese@undp.org',
      }),
      'file:///b.md': planText({
        title: 'B',
        country: 'Peru',
        year: 2023,
        focalPoint: 'mariana.olcese@undp.org',
      }),
      'file:///c.md': planText({
        title: 'C',
        country: 'Peru',
        year: 2024,
        focalPoint: 'Mariana.Olcese@UNDP.org',
      }),
    });
    assert.deepEqual([...result.keys()], ['file:///c.md']);
    assert.match(
      result.get('file:///c.md')![0]!.message,
      /written "mariana\.olcese@undp\.org" in 2 other documents/,
    );
  });

  it('honours severities and off from the configuration', () => {
    const plans = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `file:///p${n}.md`,
        planText({ title: `C${n}`, country: 'Peru', year: 2022 }),
      ]),
    );
    const entries = entriesOf(plans);
    const off = withSettings(resolveSettings({ rules: { LP070: 'off' } }));
    assert.equal(crossDocumentFindings(entries, english, off).size, 0);
    const error = withSettings(resolveSettings({ rules: { 'too-many-challenges': 'error' } }));
    assert.equal([...crossDocumentFindings(entries, english, error).values()].flat()[0]?.severity, 'error');
  });

  it('each rule across documents has its page in docs/rules.md', () => {
    const docs = readRuleDocs();
    for (const rule of WORKSPACE_RULES) {
      const section = docs.find((doc) => doc.id === rule.id);
      assert.equal(section?.name, rule.name, rule.id);
      assert.match(section?.severityLine ?? '', new RegExp(`^Severity: ${rule.defaultSeverity} `));
    }
  });
});
