import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { messages } from '../../scripts/l10n-messages';
import {
  checkDocument,
  createLocalize,
  analyzeText,
  resolveSettings,
} from '../../server/src/service/internals';
import { hover } from '../../server/src/service/features/hover';
import { ROOT } from '../support/docs';

const LOCALES = ['es', 'fr'];
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();

describe('translations', () => {
  const all = messages(ROOT);

  for (const locale of LOCALES) {
    it(`the ${locale} bundle translates every message, with the same placeholders`, () => {
      const bundle = read(`l10n/bundle.l10n.${locale}.json`);
      const missing = all.filter((message) => !(message in bundle));
      assert.deepEqual(missing, []);
      for (const message of all)
        assert.deepEqual(placeholders(bundle[message]!), placeholders(message), message);
      const stale = Object.keys(bundle).filter((key) => !all.includes(key));
      assert.deepEqual(stale, [], 'no translation of a message the code no longer has');
    });

    it(`package.nls.${locale}.json translates every setting and command`, () => {
      const english = read('package.nls.json');
      const translated = read(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
    });
  }

  it('every %key% of the manifest is in package.nls.json', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const english = read('package.nls.json');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    assert.ok(keys.length > 10);
    assert.deepEqual(
      keys.filter((key) => !(key in english)),
      [],
    );
  });

  it('diagnostics and hovers speak the chosen language; vocabulary keeps its canonical values', () => {
    const es = createLocalize(read('l10n/bundle.l10n.es.json'));
    const doc = analyzeText('# Plan\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n');
    const findings = checkDocument(doc, resolveSettings({}, { t: es, currentYear: 2026 })).findings;
    const required = findings.find((f) => f.rule === 'LP009')!;
    assert.equal(required.message, 'Falta la etiqueta obligatoria `[[focal_point:…]]`.');
    const canonical = findings.find((f) => f.rule === 'LP015')!;
    assert.equal(canonical.fixes?.[0]?.edits[0]?.newText, '5. Gender equality');
    const fr = createLocalize(read('l10n/bundle.l10n.fr.json'));
    const text = hover(doc, { line: 2, character: 9 }, { t: fr, locale: 'fr' })!.contents;
    assert.match(text, /ODD 5 : Égalité entre les sexes/);
    assert.match(text, /Parvenir à l'égalité des sexes/);
  });
});
