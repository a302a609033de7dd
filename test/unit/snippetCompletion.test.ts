import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeText, english, type Position } from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';
import { SNIPPETS_FILE } from '../../scripts/generate-snippets';

/** Completes at the `|` in the text. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  const position: Position = { line: before.length - 1, character: before.at(-1)!.length };
  return complete(analyzeText(text), position, { t: english, currentYear: 2026 }).items;
}

const PLAN =
  '# Mi Barrio\n\n[[type:learningplan]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nMi Barrio\n\n## Challenge statement\n\n## Partners\n\n';
const file = JSON.parse(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

describe('snippets, as the server offers them on `lp-`', () => {
  it('a document without a form yet gets the whole forms, the plan first, each name once', () => {
    const items = at('lp-|');
    assert.deepEqual(
      items.map((item) => item.label),
      ['lp-plan', 'lp-closing', 'lp-experiment', 'lp-solution', 'lp-toolkit'],
    );
    const plan = items[0]!;
    assert.equal(plan.kind, 'snippet');
    assert.equal(plan.snippet, true);
    assert.deepEqual(plan.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(plan.insertText, file['Action learning plan (plan form)']!.body.join('\n'));
    assert.match(
      plan.documentation ?? '',
      /^````markdown\n# Title\n\n\[\[focal_point:name@undp\.org\]\]\n\[\[year:2026\]\]/,
    );
    assert.deepEqual(
      at('lp-pl|').map((item) => item.label),
      items.map((item) => item.label),
      'the editor filters; the list is the same',
    );
  });

  it("a plan gets only the sections it lacks, in the form's order (Learning questions repeats)", () => {
    assert.deepEqual(
      at(`${PLAN}lp-|`).map((item) => item.label),
      ['lp-plan-challenge-classification', 'lp-plan-learning-questions', 'lp-plan-closing'],
    );
    const withQuestions = `${PLAN}## Learning questions\n\nlp-|`;
    assert.ok(at(withQuestions).some((item) => item.label === 'lp-plan-learning-questions'));
  });

  it('a blog or a notes file with headings gets none; `lp-` inside a sentence gets none', () => {
    assert.deepEqual(at('# A blog\n\n[[type:blog]]\n\nlp-|'), []);
    assert.deepEqual(at('# Notes\n\n## Monday\n\nlp-|'), []);
    assert.deepEqual(
      at(`${PLAN}See lp-|`).filter((item) => item.kind === 'snippet'),
      [],
    );
  });

  it('the snippets file says the same: distinct names, the plan first, bodies the server inserts', () => {
    const prefixes = Object.values(file).map((snippet) => snippet.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, prefixes.join(', '));
    assert.equal(prefixes[0], 'lp-plan');
    const served = at(`${PLAN}lp-|`);
    for (const item of served) {
      const same = Object.values(file).find((snippet) => snippet.prefix === item.label);
      assert.equal(item.insertText, same?.body.join('\n'), item.label);
    }
  });
});
