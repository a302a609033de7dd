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
        // Replace each edited span by a marker in both texts: what is left must be identical. In the order edits
        // are applied: by start, and an insertion before a replacement that starts at the same place.
        const sorted = [...edits].sort(
          (a, b) =>
            a.range.start.line - b.range.start.line ||
            a.range.start.character - b.range.start.character ||
            a.range.end.line - b.range.end.line ||
            a.range.end.character - b.range.end.character,
        );
        const offset = (p: { line: number; character: number }) =>
          (doc.lineStarts[p.line] ?? text.length) + p.character;
        let original = '';
        let rebuilt = '';
        let cursor = 0;
        let fixedCursor = 0;
        for (const edit of sorted) {
          const start = offset(edit.range.start);
          original += text.slice(cursor, start) + '\u0000';
          rebuilt += fixed.slice(fixedCursor, fixedCursor + (start - cursor)) + '\u0000';
          fixedCursor += start - cursor + edit.newText.length;
          cursor = offset(edit.range.end);
        }
        original += text.slice(cursor);
        rebuilt += fixed.slice(fixedCursor);
        assert.equal(rebuilt, original);
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
