import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyEdits,
  checkDocument,
  checkText,
  fixAll,
  fixAllEdits,
  analyzeText,
  resolveSettings,
  type ParsedDocument,
  type Range,
} from '../../server/src/service/internals';
import { corpusFolder, example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const KEYS = [
  'focal_point',
  'year',
  'type',
  'methods',
  'sdgs',
  'country',
  'latlng',
  'datasources',
  'Country',
  'countrys',
  'thematic_areas',
  '',
];
const VALUES = [
  '2022',
  'learningplan',
  'SDG 5',
  '5. Gender equality',
  'solution mapping',
  'Cabo Verde',
  '0,0',
  '-16.7,-64.6',
  '95,200',
  'a@undp.org',
  '',
  ']]',
  '[[',
  '🌍 ٱلعربية',
  'e\u0301',
];
const HEADINGS = [
  'Title',
  'Challenge statement',
  'Partners',
  'Learning questions',
  'Closing',
  'Fin',
  'Ailette',
  '',
  'Data and Methods',
  'End',
  'Overview',
];
const PROMPTS = [
  'Please provide a name for your action learning plan.',
  'To what stage(s) in the learning cycle does your learning question relate?',
  'Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?',
  '',
  'Sense',
];

/** Lines a learning plan is made of, in any order and with any damage: the grammar of FORMAT.md, loosely. */
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => `[[${key}:${value}]]`),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => `[[${key}:${value}`),
  fc.constantFrom(...HEADINGS).map((heading) => `## ${heading}`),
  fc.constantFrom(...PROMPTS).map((prompt) => `> ${prompt}`),
  fc.constantFrom(
    '<div class="group">',
    '</div>',
    '---',
    '- Sense',
    '- Grow',
    '1) insight',
    '# Title',
    '```',
    '#### What it does.',
    'sdg: [5 Gender Equality',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constant(''),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const grammarDocument = fc
  .tuple(fc.array(line, { maxLength: 60 }), eol)
  .map(([lines, end]) => lines.join(end));

/** A real document with a random cut, insertion or deletion. */
const corpusTexts = [
  ...corpusFolder('learningplan').slice(0, 30),
  ...corpusFolder('toolkit').slice(0, 5),
  ...corpusFolder('solution').slice(0, 10),
].map((file) => file.text);
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...corpusTexts),
    fc.nat(),
    fc.nat({ max: 200 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  )
  .map(([text, at, length, insert]) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + insert + text.slice(start + length);
  });

const anyDocument = fc.oneof(grammarDocument, mutatedDocument, fc.string({ unit: 'binary', maxLength: 300 }));

function inside(doc: ParsedDocument, range: Range): boolean {
  const ok = (line: number, character: number) =>
    line >= 0 && line < doc.lines.length && character >= 0 && character <= (doc.lines[line] ?? '').length;
  const ordered =
    range.start.line < range.end.line ||
    (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start.line, range.start.character) && ok(range.end.line, range.end.character) && ordered;
}

describe('properties of the service on generated and mutated documents', () => {
  it('parsing and every rule finish without throwing, and every range lies inside the document', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const analysis = analyzeText(text);
        const { doc } = analysis;
        const result = checkDocument(analysis, settings);
        assert.deepEqual(result.failures, []);
        for (const finding of result.findings) {
          assert.ok(inside(doc, finding.range), `${finding.rule} ${JSON.stringify(finding.range)}`);
          for (const fix of finding.fixes ?? [])
            for (const edit of fix.edits) assert.ok(inside(doc, edit.range), `${finding.rule} fix`);
        }
        for (const tag of doc.tags) assert.ok(inside(doc, tag.range) && inside(doc, tag.valueRange));
      }),
      { numRuns: RUNS },
    );
  });

  it('results are deterministic', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const first = checkText(text, settings).findings;
        const second = checkText(text, settings).findings;
        assert.deepEqual(second, first);
      }),
      { numRuns: RUNS },
    );
  });

  it('fix all applied twice equals once, and leaves no fixable finding', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const once = fixAll(text, settings).text;
        assert.equal(fixAll(once, settings).text, once);
        const left = checkText(once, settings).findings;
        assert.deepEqual(fixAllEdits(left), []);
      }),
      { numRuns: RUNS },
    );
  });

  it('fixes change nothing outside the spans they edit', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const analysis = analyzeText(text);
        const { doc } = analysis;
        const edits = fixAllEdits(checkDocument(analysis, settings).findings);
        if (edits.length === 0) return;
        const fixed = applyEdits(text, edits);
        const offset = (p: { line: number; character: number }) =>
          (doc.lineStarts[p.line] ?? text.length) + p.character;
        // The spans the edits replace, overlapping ones merged: the text between them must be in the result, in
        // order, the text before the first at its start and the text after the last at its end. (Edits that start
        // at one place may be applied in either order, so what they insert is not compared.)
        const spans = edits
          .map((edit) => [offset(edit.range.start), offset(edit.range.end)] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        let cursor = 0;
        let found = 0;
        let first = true;
        for (const [start, end] of spans) {
          if (start >= cursor) {
            const kept = text.slice(cursor, start);
            const at = fixed.indexOf(kept, found);
            assert.ok(first ? at === 0 : at >= 0, `kept ${JSON.stringify(kept)}`);
            found = at + kept.length;
            first = false;
          }
          cursor = Math.max(cursor, end);
        }
        const tail = text.slice(cursor);
        assert.ok(
          fixed.endsWith(tail) && fixed.length - tail.length >= found,
          `kept ${JSON.stringify(tail)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('holds on the seeds too', () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      const { text } = example(name);
      const once = fixAll(text, settings).text;
      assert.equal(fixAll(once, settings).text, once, name);
    }
  });
});
