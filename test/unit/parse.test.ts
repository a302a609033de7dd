import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, parseDocument } from '../../server/src/service/internals';
import { corpusFolder, example } from '../support/corpus';

describe('parseDocument', () => {
  it('reads a plan form seed: title, tag block, sections, questions and answers with exact ranges', () => {
    const doc = parseDocument(example('001').text);
    assert.equal(doc.kind, 'learningplan');
    assert.equal(analyzeText(example('001').text).form?.id, 'plan');
    assert.equal(doc.title?.text, 'Mi Barrio (Digital neighborhood)');
    assert.equal(doc.tags.length, 23);
    const country = doc.tags.find((tag) => tag.key === 'country')!;
    assert.equal(country.value, 'Bolivia');
    assert.deepEqual(country.valueRange, {
      start: { line: 26, character: 10 },
      end: { line: 26, character: 17 },
    });
    assert.deepEqual(country.keyRange, {
      start: { line: 26, character: 2 },
      end: { line: 26, character: 9 },
    });
    assert.deepEqual(
      doc.sections.map((section) => section.heading.text),
      [
        'Title',
        'Challenge statement',
        'Challenge classification',
        'Partners',
        'Learning questions',
        'Learning questions',
        'Closing',
      ],
    );
    const title = doc.questions[0]!;
    assert.equal(title.prompt, 'Please provide a name for your action learning plan.');
    assert.equal(title.answer?.text, 'Mi Barrio (Digital neighborhood)');
    assert.equal(doc.headerEndLine, 28);
  });

  it('gives an evidence group with an empty prompt to the question before it', () => {
    const doc = parseDocument(example('001').text);
    const evidence = doc.questions.find((q) => q.prompt.startsWith('Quantitative evidence'))!;
    assert.match(evidence.answer?.text ?? '', /!\[Missing alt text\]/);
    assert.equal(evidence.group, -1);
  });

  it('answers a question asked inside a group only inside that group', () => {
    const doc = parseDocument(example('001').text);
    const sectors = doc.questions.filter((q) => q.prompt === 'What sector does our partner belong to?');
    assert.equal(sectors.length, 2);
    for (const sector of sectors) {
      assert.equal(sector.answer, null);
      assert.ok(sector.group >= 0);
    }
    assert.ok(doc.groups.every((group) => group.closed));
  });

  it('reads closing forms and toolkit cards', () => {
    assert.equal(analyzeText(example('000').text).form?.id, 'closing');
    const card = parseDocument(example('004').text);
    assert.equal(card.kind, 'toolkit');
    assert.equal(card.title?.text, 'Online user-center capacity-building training');
    assert.equal(card.sections[0]?.heading.text, 'What it does.');
    const entry = card.frontMatter!.entries.find((e) => e.key === 'signature_solutions')!;
    assert.deepEqual(
      entry.items?.map((item) => item.value),
      ['Poverty & inequality', 'Gender equality', 'Resilience'],
    );
    assert.deepEqual(entry.items?.[0]?.range, {
      start: { line: 6, character: 23 },
      end: { line: 6, character: 43 },
    });
  });

  it('recognises documents by content, whatever their extension, and leaves blogs alone', () => {
    assert.equal(parseDocument('# Notes\n\nJust a Markdown file with [a link](x).\n').kind, 'other');
    assert.equal(parseDocument('# A plan\n[[focal_point:a@undp.org]]\n').kind, 'learningplan');
    assert.equal(parseDocument('# Exp\n[[type:experiment]]\n## Overview\n').kind, 'experiment');
    for (const blog of corpusFolder('other')) assert.equal(parseDocument(blog.text).kind, 'other', blog.name);
    for (const plan of corpusFolder('learningplan'))
      assert.equal(parseDocument(plan.text).kind, 'learningplan', plan.name);
  });

  it('reads malformed tag lines as problems with the offending range', () => {
    const doc = parseDocument(
      '# P\n[[year:2022\n[[type learningplan]]\n[[:x]]\n[[a:b]] [[c:d]]\n[year:2022]\n',
    );
    assert.deepEqual(
      doc.malformedTags.map((m) => [m.problem, m.line, m.range.start.character, m.range.end.character]),
      [
        ['unclosed', 1, 0, 11],
        ['no-colon', 2, 0, 21],
        ['no-key', 3, 0, 6],
        ['not-alone', 4, 0, 15],
        ['single-bracket', 5, 0, 11],
      ],
    );
    assert.deepEqual(
      doc.tags.map((tag) => `${tag.key}=${tag.value}`),
      ['a=b', 'c=d'],
    );
  });

  it('keeps `:` and `]]` inside values, and measures ranges in UTF-16 code units', () => {
    const doc = parseDocument('# P\n[[datasources:future analysis: jobs]]\n[[thematic_areas:🌍 climate]]\n');
    assert.equal(doc.tags[0]?.value, 'future analysis: jobs');
    const emoji = doc.tags[1]!;
    assert.equal(emoji.value, '🌍 climate');
    assert.equal(emoji.valueRange.end.character - emoji.valueRange.start.character, 10);
  });

  it('reads a title the platform exported over two lines as one title, the tags below it as the tag block', () => {
    const doc = parseDocument(
      '# Improving access to\njustice for women\n\n[[year:2022]]\n[[type:learningplan]]\n## Title\n',
    );
    assert.equal(doc.title?.text, 'Improving access to justice for women');
    assert.deepEqual(doc.title?.range, {
      start: { line: 0, character: 0 },
      end: { line: 1, character: 17 },
    });
    assert.deepEqual(
      doc.tags.map((tag) => [tag.key, tag.inHeader]),
      [
        ['year', true],
        ['type', true],
      ],
    );
    // Text under a title with no tags after it is the start of the body, not more title.
    const prose = parseDocument('# A blog post\nSome words.\n\nMore words.\n');
    assert.equal(prose.title?.text, 'A blog post');
  });

  it('splits lines on CRLF and lone CR as LSP does', () => {
    const doc = parseDocument('# P\r\n[[year:2022]]\r[[type:learningplan]]\n## Title\r\n');
    assert.deepEqual(doc.lines, ['# P', '[[year:2022]]', '[[type:learningplan]]', '## Title', '']);
    assert.deepEqual(doc.eols, ['\r\n', '\r', '\n', '\r\n', '']);
    assert.equal(doc.tags[1]?.line, 2);
  });

  it('reports YAML errors of front matter at their position', () => {
    const doc = parseDocument('---\ntitle: x\nsdg: [5 Gender Equality\n---\n#### What it does.\n');
    assert.equal(doc.kind, 'toolkit');
    assert.ok((doc.frontMatter?.errors.length ?? 0) > 0);
    assert.ok(
      doc.frontMatter!.errors.every((error) => error.range.start.line >= 1 && error.range.start.line <= 3),
    );
  });
});
