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
  it('LP070 writes one portfolio note per country and year, on its first plan form', () => {
    const plans = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `file:///p${n}.md`,
        planText({ title: `Challenge ${n}`, country: 'Bolivia', year: 2022 }),
      ]),
    );
    const result = findings(plans);
    const notes = [...result.values()].flat().filter((f) => f.rule === 'LP070');
    assert.equal(notes.length, 1);
    assert.deepEqual([...result.keys()], ['file:///p1.md']);
    assert.equal(notes[0]!.severity, 'information');
    assert.match(
      notes[0]!.message,
      /^Portfolio note: Bolivia has 4 plan forms in 2022 \("Challenge 1", "Challenge 2", "Challenge 3", "Challenge 4"\)/,
    );
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
    assert.equal([...findings(plans).values()].flat().length, 1);
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

  it('LP071 finds the plan of a closing form titled otherwise: shortened, translated, or after its first insight', () => {
    const statement =
      '> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)';
    const insights =
      '> What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)';
    const plan = (title: string, answer: string, focalPoint = 'lab@undp.org') =>
      planText({ title, country: 'Colombia', year: 2022, focalPoint }).replace(
        '## Challenge statement\n',
        `## Challenge statement\n\n${statement}\n\n${answer}\n`,
      );
    const closing = (title: string, answer: string, focalPoint = 'lab@undp.org') =>
      planText({ title, country: 'Colombia', year: 2023, focalPoint, form: 'closing' }).replace(
        '## Learnings on your challenge\n',
        `## Learnings on your challenge\n\n${insights}\n\n${answer}\n`,
      );
    const result = findings({
      'file:///financing.md': plan(
        'Innovative financing for development',
        'Small firms cannot reach factoring: fintech factoring, invoices and anchor companies.',
      ),
      'file:///procurement.md': plan(
        'Green public procurement pilot',
        'Municipal buyers ignore environmental criteria in their tenders.',
        'other@undp.org',
      ),
      'file:///waste.md': plan('Waste pickers in Bogotá', 'Recyclers earn too little from sorted waste.'),
      'file:///financiacion.md': closing(
        'Financiación innovadora para el desarrollo',
        '1. Las pymes no conocen el factoring de las fintech.',
      ),
      'file:///pilot.md': closing(
        'Green public procurement in Colombia pilot learnings',
        '1. Tenders changed.',
        'someone.else@undp.org',
      ),
      'file:///insight.md': closing(
        'Recyclers need a fair price for sorted waste',
        '1. Recyclers need a fair price for sorted waste and a place to sort it.',
      ),
      'file:///orphan.md': closing('Drones for forest monitoring', '1. Drones map the canopy.'),
    });
    assert.deepEqual([...result.keys()], ['file:///orphan.md']);
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
