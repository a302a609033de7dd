import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  analyzeText,
  checkDocument,
  createLocalize,
  english,
  resolveSettings,
  type DocumentAnalysis,
} from '../../server/src/service/internals';
import type { Completeness } from '../../server/src/service/forms/completeness';
import { hover } from '../../server/src/service/features/hover';
import { summarize } from '../../server/src/service/features/summary';
import { CORPUS } from '../support/corpus';
import { ROOT } from '../support/docs';

const PORTUGUESE = join(ROOT, 'test', 'fixtures', 'portuguese');
const settings = resolveSettings({}, { currentYear: 2026 });

/**
 * English documents and their Portuguese twins: the same answers, line for line, under the headings and questions
 * of the platform's Portuguese forms. Two are the archive's own, from Timor-Leste and Guinea-Bissau.
 */
const TWINS = [
  { english: join(CORPUS, 'learningplan', 'greening_timor_leste.md'), portuguese: 'plan.pt.md' },
  {
    english: join(CORPUS, 'learningplan', 'closing__reinventing_public_space_through_co_creation_.md'),
    portuguese: 'closing-frontier.pt.md',
  },
  { english: join(PORTUGUESE, 'closing-learning.en.md'), portuguese: 'closing-learning.pt.md' },
  { english: join(PORTUGUESE, 'experiment.en.md'), portuguese: 'experiment.pt.md' },
];

const read = (path: string) => analyzeText(readFileSync(path, 'utf8'));

/** Each finding by rule and line: the twins' answers differ in length, not in place. */
function findingsOf(analysis: DocumentAnalysis): string[] {
  return checkDocument(analysis, settings).findings.map(
    (finding) => `${finding.rule}@${finding.range.start.line + 1}`,
  );
}

describe('documents written on the Portuguese forms', () => {
  for (const { english: englishPath, portuguese: name } of TWINS) {
    it(`${name} is recognised with its form and gets the same findings as its English twin`, () => {
      const english = read(englishPath);
      const portuguese = read(join(PORTUGUESE, name));
      const formOf = ({ doc, form }: DocumentAnalysis) => [doc.kind, form?.id, form?.variant];
      assert.deepEqual(formOf(portuguese), formOf(english));
      assert.notEqual(portuguese.form, null);
      const match = portuguese.match!;
      assert.deepEqual(
        portuguese.doc.sections
          .filter((_, index) => !match.sections[index])
          .map((section) => section.heading.text),
        [],
        'every Portuguese heading is a section of the form',
      );
      assert.deepEqual(
        portuguese.doc.questions
          .filter((_, index) => !match.questions[index])
          .map((question) => question.prompt),
        [],
        'every Portuguese prompt is a question of the form',
      );
      assert.deepEqual(findingsOf(portuguese), findingsOf(english));
    });
  }

  it('finds the same problems in both languages: limits, checklists, missing sections, earlier answers', () => {
    const rules = (name: string) =>
      new Set(findingsOf(read(join(PORTUGUESE, name))).map((id) => id.split('@')[0]));
    assert.deepEqual([...rules('plan.pt.md')].sort(), ['LP045', 'LP050']);
    assert.deepEqual([...rules('closing-learning.pt.md')].sort(), ['LP040', 'LP045', 'LP051', 'LP055']);
    assert.deepEqual([...rules('experiment.pt.md')].sort(), ['LP015', 'LP018', 'LP040', 'LP045']);
  });

  it('previews a Portuguese plan as its English twin: the same sections, questions and completeness', () => {
    for (const { english: englishPath, portuguese: name } of TWINS) {
      const [english, portuguese] = [read(englishPath), read(join(PORTUGUESE, name))].map((analysis) =>
        summarize(analysis, checkDocument(analysis, settings).findings),
      );
      assert.equal(portuguese!.formLabel, english!.formLabel, name);
      // The same counts, lines and unanswered questions; only the headings' language differs.
      const counts = ({ answered, total, sections }: Completeness) => ({
        answered,
        total,
        sections: sections.map(({ heading: _heading, ...counted }) => counted),
      });
      assert.deepEqual(counts(portuguese!.completeness), counts(english!.completeness), name);
      assert.ok(english!.completeness.total > 0, name);
      assert.deepEqual(
        portuguese!.sections.map((section) => section.questions.map((question) => question.answer !== null)),
        english!.sections.map((section) => section.questions.map((question) => question.answer !== null)),
        name,
      );
    }
  });

  it('explains a Portuguese heading and prompt on hover, in Portuguese', () => {
    const text = readFileSync(join(PORTUGUESE, 'plan.pt.md'), 'utf8');
    const lines = text.split('\n');
    const t = createLocalize(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.pt-br.json'), 'utf8')));
    const heading = lines.indexOf('## Parceiros');
    const section = hover(analyzeText(text), { line: heading, character: 4 }, { t, locale: 'pt-br' });
    assert.match(
      section!.contents,
      // The form's label is shown as written: its parentheses escaped, so that Markdown reads them as text.
      /seção 4 de 6 do plano de aprendizagem para a ação \\\(formulário do plano\\\)/,
    );
    const tweet = lines.findIndex((line) => line.startsWith('> Resumo curto em “tweet”'));
    const prompt = hover(analyzeText(text), { line: tweet, character: 10 }, { t: english, locale: 'en' });
    assert.match(prompt!.contents, /At most 280 characters/);
  });
});
