import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeText,
  checkDocument,
  createLocalize,
  resolveSettings,
} from '../../server/src/service/internals';
import { readiness as readinessOf } from '../../server/src/service/features/readiness';
import { BUNDLES } from '../../server/src/bundles';
import {
  fileNameOf,
  newDocumentChoices,
  newDocumentText,
} from '../../server/src/service/features/newDocument';
import { FORMS } from '../../server/src/service/forms';

const settings = resolveSettings({}, { currentYear: 2026 });

describe('New Learning Plan…', () => {
  it('offers each current form once, never an edition kept only to read older documents', () => {
    const forms = newDocumentChoices().forms;
    assert.deepEqual(
      forms.map((form) => form.id),
      ['plan', 'closing', 'experiment', 'solution', 'toolkit'],
    );
    const retired = FORMS.filter((form) => form.retired).map((form) => form.label);
    assert.ok(retired.includes('Experiment (2021–2022 form)'));
    assert.ok(!forms.some((form) => retired.includes(form.label)), forms.map((form) => form.label).join());
  });

  it('lists the countries by their name in the display language, in its alphabetical order', () => {
    const english = newDocumentChoices().countries.map((country) => country.label);
    assert.deepEqual(english.slice(0, 3), ['Afghanistan', 'Åland Islands', 'Albania']);
    const french = newDocumentChoices(createLocalize(BUNDLES.fr), 'fr').countries;
    const germany = french.find((country) => country.name === 'Germany');
    assert.equal(germany?.label, 'Allemagne');
    assert.ok(germany?.aliases.includes('Germany'), 'the English name finds it too');
    const labels = french.map((country) => country.label);
    assert.ok(labels.indexOf('Afrique du Sud') < labels.indexOf('Albanie'));
    assert.ok(
      labels.indexOf('Égypte') < labels.indexOf('Équateur') &&
        labels.indexOf('Équateur') < labels.indexOf('Espagne'),
    );
    assert.deepEqual(labels, [...labels].sort(new Intl.Collator('fr').compare));
  });

  it('writes a line for each field the platform requires, flagged until filled, never as an error', () => {
    const { text } = newDocumentText('plan', 'Waste pickers', 2026, 'Bolivia');
    assert.match(
      text,
      /\[\[latlng:[^\]]+\]\]\n\[\[sdgs:\]\]\n\[\[thematic_areas:\]\]\n\[\[methods:\]\]\n\[\[datasources:\]\]\n## Title/,
    );
    const analysis = analyzeText(text);
    const findings = checkDocument(analysis, settings).findings;
    assert.deepEqual(
      findings.filter((finding) => finding.severity === 'error'),
      [],
    );
    const lineOf = (key: string) => text.split('\n').indexOf(`[[${key}:]]`);
    const required = findings.filter((finding) => finding.rule === 'LP018');
    assert.deepEqual(
      required.map((finding) => finding.range.start.line),
      ['sdgs', 'thematic_areas', 'methods', 'datasources'].map(lineOf),
      'each on its line',
    );
    const readiness = readinessOf(analysis, findings);
    assert.equal(
      readiness.blockers.find((blocker) => blocker.subject === '[[sdgs:…]]')?.line,
      lineOf('sdgs'),
    );
    const filled = text.replace('[[sdgs:]]', '[[sdgs:11. Sustainable cities and communities]]');
    const after = checkDocument(analyzeText(filled), settings).findings;
    assert.ok(!after.some((finding) => finding.rule === 'LP018' && finding.message.includes('SDGs')));
    const second = filled.replace('[[methods:]]', '[[sdgs:]]\n[[methods:]]');
    const empty = checkDocument(analyzeText(second), settings).findings.filter((f) => f.rule === 'LP002');
    assert.equal(empty.length, 1, 'a second, empty SDG line beside a filled one is an empty tag');
  });

  it('says under Challenge classification what the platform asks there, in the display language', () => {
    const { text } = newDocumentText('plan', 'Waste pickers', 2026);
    assert.match(
      text,
      /## Challenge classification\n\n<!-- Here the platform asks for the challenge's classification: SDGs \(at most 5\), thematic areas \(at most 5\), methods, data sources\. Give them in the tag lines at the top \(sdgs, thematic_areas, methods, datasources\), one value per line\. -->\n\n## Partners/,
    );
    const spanish = newDocumentText('plan', 'Recicladores', 2026, undefined, createLocalize(BUNDLES.es)).text;
    assert.match(spanish, /<!-- Aquí la plataforma pide la clasificación del desafío: ODS \(como máximo 5\)/);
  });

  it('proposes the title as the file name', () => {
    assert.equal(
      newDocumentText('plan', 'Waste pickers and the circular economy', 2026).fileName,
      'Waste pickers and the circular economy.md',
    );
    assert.equal(fileNameOf('# Agua: ¿para quién? <2024/25>'), 'Agua ¿para quién 2024 25');
    assert.equal(fileNameOf(' ...Plan. '), 'Plan');
    assert.equal(newDocumentText('plan', '   ', 2026).fileName, 'Untitled.md');
  });
});
