import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDocument, analyzeText, resolveSettings } from '../../server/src/service/internals';
import { FORMS } from '../../server/src/service/forms';
import { newDocument } from '../../server/src/service/features/newDocument';
import { formSnippets } from '../../server/src/service/features/snippets';
import { SNIPPETS_FILE, snippetsFileContent } from '../../scripts/generate-snippets';

const settings = resolveSettings({}, { currentYear: 2026 });

/** What VS Code inserts for a snippet when the author accepts every default. */
function expand(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:\$CURRENT_YEAR\}/g, '2026')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

describe('snippets', () => {
  it('the committed snippets file is generated from the forms (npm run snippets)', () => {
    assert.equal(readFileSync(SNIPPETS_FILE, 'utf8'), snippetsFileContent());
  });

  it('each whole-form snippet, expanded with its defaults, has no error-level finding', () => {
    const snippets = formSnippets();
    for (const form of FORMS.filter((candidate) => !candidate.retired)) {
      const snippet = snippets[form.label]!;
      const doc = analyzeText(expand(snippet.body));
      assert.equal(doc.form?.id, form.id, form.label);
      const errors = checkDocument(doc, settings).findings.filter((f) => f.severity === 'error');
      assert.deepEqual(
        errors.map((f) => `${f.rule} ${f.message}`),
        [],
        form.label,
      );
    }
  });

  it("each section snippet carries the form's exact prompts", () => {
    const snippets = formSnippets();
    for (const form of FORMS.filter((candidate) => !candidate.retired)) {
      for (const section of form.sections) {
        const text = expand(snippets[`${form.label}: ${section.heading}`]!.body);
        for (const question of section.questions.filter((q) => !q.optional && q.answer !== 'message')) {
          assert.ok(text.includes(`> ${question.prompt}`), `${section.heading}: ${question.prompt}`);
        }
      }
    }
  });
});

describe('new document', () => {
  it('writes the header with the country and its location, and every section, with no error', () => {
    for (const form of FORMS.filter((candidate) => !candidate.retired)) {
      const text = newDocument({
        form: form.id,
        title: 'Mi Barrio',
        year: 2026,
        country: { name: 'Bolivia', latlng: { lat: -16.7, lng: -64.7 } },
      });
      const doc = analyzeText(text);
      assert.equal(doc.form?.id, form.id);
      assert.equal(doc.doc.title?.text, 'Mi Barrio');
      const errors = checkDocument(doc, settings).findings.filter((f) => f.severity === 'error');
      assert.deepEqual(
        errors.map((f) => `${f.rule} ${f.message}`),
        [],
        form.label,
      );
    }
  });
});
