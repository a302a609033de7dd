import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, analyzeText, type Position } from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';
import { corpusFolder, example } from '../support/corpus';

const options = { t: english, currentYear: 2026 };
const HEADER = '# Mi Barrio\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n';

/** Completes at the `|` in the text. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const position: Position = { line: before.length - 1, character: before.at(-1)!.length };
  return { result: complete(analyzeText(text), position, options), position, text };
}

describe('completion', () => {
  it('after `[[` offers the keys of the document type, without the single-valued keys already present', () => {
    const { result } = at(HEADER + '[[|\n');
    const labels = result.items.map((item) => item.label);
    assert.ok(labels.includes('methods') && labels.includes('sdgs') && labels.includes('country'));
    assert.ok(!labels.includes('year') && !labels.includes('type'), 'year and type are there already');
    assert.ok(!labels.includes('sample_size'), 'experiment keys are not offered on a plan');
    const country = result.items.find((item) => item.label === 'country')!;
    assert.equal(country.insertText, 'country:$0]]');
    assert.equal(country.snippet, true);
    assert.ok(country.retrigger);
  });

  it('inside `[[|]]` replaces up to the brackets without adding more', () => {
    const { result, position } = at(HEADER + '[[met|]]\n');
    const methods = result.items.find((item) => item.label === 'methods')!;
    assert.equal(methods.insertText, 'methods:');
    assert.deepEqual(methods.range, {
      start: { line: position.line, character: 2 },
      end: { line: position.line, character: 5 },
    });
  });

  it('after `[[sdgs:` offers the 17 goals with number and name, inserting the canonical value', () => {
    const { result } = at(HEADER + '[[sdgs:|\n');
    assert.equal(result.items.length, 17);
    assert.equal(result.items[4]!.label, '5. Gender equality');
    assert.equal(result.items[4]!.insertText, '5. Gender equality]]');
    assert.match(result.items[4]!.detail!, /SDG 5: Gender Equality/);
  });

  it('does not offer a value the document already has', () => {
    const { result } = at(HEADER + '[[sdgs:5. Gender equality]]\n[[sdgs:|]]\n');
    assert.equal(result.items.length, 16);
    assert.ok(!result.items.some((item) => item.label === '5. Gender equality'));
  });

  it('finds a country by an alias as you type: `Cabo` finds Cape Verde', () => {
    const { result } = at(HEADER + '[[country:Cabo|\n');
    const cape = result.items.find((item) => item.insertText.startsWith('Cape Verde'));
    assert.ok(cape, 'Cape Verde is offered');
    assert.equal(cape.filterText, 'Cabo Verde');
    assert.equal(result.isIncomplete, true);
  });

  it('offers methods by how often the archive uses them', () => {
    const { result } = at(HEADER + '[[methods:|]]\n');
    assert.deepEqual(
      result.items.slice(0, 3).map((item) => item.label),
      ['Collective Intelligence', 'Co-creation', 'Solutions Mapping'],
    );
  });

  it("after `## ` offers the form's missing sections in order, bringing their prompts", () => {
    const { result } = at(
      HEADER + '## Title\n\n> Please provide a name for your action learning plan.\n\nMi Barrio\n## |\n',
    );
    assert.deepEqual(
      result.items.map((item) => item.label),
      ['Challenge statement', 'Challenge classification', 'Partners', 'Learning questions', 'Closing'],
    );
    assert.match(result.items[0]!.insertText, /^## Challenge statement\n\n> Challenge type:/);
  });

  it('under the learning-cycle question offers the stages not yet chosen', () => {
    const text =
      HEADER +
      '## Learning questions\n\n> To what stage(s) in the learning cycle does your learning question relate?\n\n- Sense\n- |\n';
    const { result } = at(text);
    assert.deepEqual(
      result.items.map((item) => item.label),
      ['Explore', 'Test', 'Grow'],
    );
    assert.equal(result.items[0]!.insertText, '- Explore');
  });

  it('in toolkit front matter offers the list values inside `[...]`', () => {
    const { result } = at('---\ntitle: x\nsdg: [5 Gender Equality, |]\n---\n');
    assert.ok(
      result.items.some(
        (item) =>
          item.insertText === '16 Peace, Justice and Strong Institutions' ||
          item.insertText.startsWith('16 '),
      ),
    );
    assert.ok(!result.items.some((item) => item.insertText.startsWith('5 ')));
  });

  describe('edge positions', () => {
    it('at the very end of a file without a final newline', () => {
      const { result } = at(HEADER + '[[sdgs:|');
      assert.equal(result.items.length, 17);
    });

    it('on a CRLF file', () => {
      const { result, position } = at(HEADER.replace(/\n/g, '\r\n') + '[[sdgs:|]]\r\n');
      assert.equal(result.items.length, 17);
      assert.deepEqual(result.items[0]!.range, {
        start: { line: position.line, character: 7 },
        end: { line: position.line, character: 7 },
      });
    });

    it('on an empty line and in answer text: nothing', () => {
      assert.equal(at(HEADER + '\n|\n').result.items.length, 0);
      assert.equal(at(HEADER + '## Title\n\nSome answer |text\n').result.items.length, 0);
    });

    it('past the end of a line or of the document: nothing, no error', () => {
      const doc = analyzeText(HEADER);
      assert.deepEqual(complete(doc, { line: 1, character: 999 }, options).items.length >= 0, true);
      assert.deepEqual(complete(doc, { line: 999, character: 0 }, options), {
        items: [],
        isIncomplete: false,
      });
    });

    it('on a blog page: nothing', () => {
      const blog = corpusFolder('other').find((file) => file.name.startsWith('blog_'))!;
      const lines = blog.text.split('\n');
      const line = lines.findIndex((text) => text.startsWith('[[type:'));
      assert.equal(complete(analyzeText(blog.text), { line, character: 7 }, options).items.length, 0);
    });
  });

  it('never throws at any line start, end or every fifth character of the corpus and the seeds', () => {
    const files = [
      ...['learningplan', 'experiment', 'solution', 'toolkit', 'other'].flatMap(corpusFolder),
      example('001'),
      example('004'),
    ];
    for (const file of files) {
      const doc = analyzeText(file.text);
      doc.doc.lines.forEach((text, line) => {
        for (
          let character = 0;
          character <= text.length;
          character += character === 0 || character + 5 <= text.length ? 5 : text.length - character || 1
        ) {
          complete(doc, { line, character }, options);
        }
        complete(doc, { line, character: text.length }, options);
      });
    }
  });
});

describe('completion next to an auto-closed bracket', () => {
  it('replaces a lone `]` after the cursor instead of leaving `]]]`', () => {
    const text = '# P\n[[type:learningplan]]\n[[sdgs:]\n';
    const doc = analyzeText(text);
    const result = complete(doc, { line: 2, character: 7 }, options);
    const item = result.items[0]!;
    assert.deepEqual(item.range, { start: { line: 2, character: 7 }, end: { line: 2, character: 8 } });
    assert.equal(item.insertText, '1. No poverty]]');
  });
});

describe('completion in another display language', () => {
  it('labels goals with their official Spanish names but inserts the platform value', () => {
    const doc = analyzeText('# P\n[[type:learningplan]]\n[[sdgs:\n');
    const result = complete(doc, { line: 2, character: 7 }, { t: english, currentYear: 2026, locale: 'es' });
    assert.equal(result.items[4]!.detail, 'SDG 5: Igualdad de género');
    assert.equal(result.items[4]!.insertText, '5. Gender equality]]');
  });
});
