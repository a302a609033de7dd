import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkText,
  findRule,
  parseConfig,
  analyzeText,
  resolveSettings,
} from '../../server/src/service/internals';
import { example } from '../support/corpus';

const isRule = (id: string) => findRule(id) !== undefined;

/** A Lab's edition of the plan form: the platform's title, then a section of its own. */
const CONFIG = `forms:
  - form: plan
    edition: lab-2025
    label: Lab plan (2025)
    sections:
      - heading: Title
        questions: [Please provide a name for your action learning plan.]
      - heading: Risks
        localized: [Riesgos]
        questions:
          - prompt: What could stop you?
            characters: 40
      - heading: Notes
        required: false
        questions: []
`;

const PLAN = `# Mi Barrio
[[focal_point:a@undp.org]]
[[year:2025]]
[[type:learningplan]]
[[country:Bolivia]]
[[latlng:-16.7,-64.6]]
## Title

> Please provide a name for your action learning plan.

Mi Barrio

## Riesgos

> What could stop you?

The rains of the wet season, and the elections of next year.
`;

function settingsFrom(config: string) {
  const parsed = parseConfig(config, isRule);
  assert.deepEqual(parsed.problems, []);
  return resolveSettings(parsed.settings, { currentYear: 2026 });
}

const rules = (text: string, settings = resolveSettings({}, { currentYear: 2026 })) =>
  checkText(text, settings).findings.map((finding) => finding.rule);

describe("a Lab's own editions of the forms", () => {
  it('checks a document that follows the edition against it: its sections, its prompts, its limits', () => {
    const settings = settingsFrom(CONFIG);
    assert.equal(analyzeText(PLAN, settings.forms).form?.label, 'Lab plan (2025)');
    const found = rules(PLAN, settings);
    assert.ok(!found.includes('LP040'), 'the platform form’s sections are not required of the edition');
    assert.ok(!found.includes('LP042'), 'Riesgos is a section of the edition');
    assert.ok(found.includes('LP050'), 'the answer is longer than the 40 characters the edition allows');

    const platform = rules(PLAN);
    assert.ok(platform.includes('LP040') && platform.includes('LP042'));
  });

  it('requires the edition’s own required sections, and not its optional ones', () => {
    const settings = settingsFrom(CONFIG);
    const withoutRisks = PLAN.replace(/## Riesgos[\s\S]*$/, '## Notes\n\nNone.\n');
    const findings = checkText(withoutRisks, settings).findings;
    const missing = findings.filter((finding) => finding.rule === 'LP040').map((finding) => finding.message);
    assert.deepEqual(missing, ['The Lab plan (2025) requires a section "Risks".']);
    // A plan that follows the platform's form fits it better than the edition: the platform's form stays.
    const seed = example('001').text;
    assert.deepEqual(rules(seed, settings), rules(seed));
  });

  it('keeps what the tool knows of the platform’s questions that the edition repeats', () => {
    const config = `forms:
  - form: plan
    edition: short
    sections:
      - heading: Title
        questions: [Please provide a name for your action learning plan.]
      - heading: Challenge statement
        questions:
          - "Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?"
      - heading: Budget
        questions: [How much will it cost?]
`;
    const settings = settingsFrom(config);
    const tweet = 'x'.repeat(300);
    const text = `# P\n[[type:learningplan]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nP\n\n## Challenge statement\n\n> Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?\n\n${tweet}\n\n## Budget\n\n> How much will it cost?\n\nLittle.\n`;
    assert.equal(analyzeText(text, settings.forms).form?.variant, 'short');
    assert.ok(rules(text, settings).includes('LP050'));
  });

  it('reports each mistake of an edition at its line; an edition without a form or a name is left out', () => {
    const { settings, problems } = parseConfig(
      `forms:
  - form: plans
    edition: a
    sections: [{ heading: Title }]
  - form: plan
    sections: [{ heading: Title }]
  - form: closing
    edition: b
    sections:
      - heading: End
        required: maybe
        questions:
          - prompt: Anything else?
            characters: -3
            colour: blue
`,
      isRule,
    );
    assert.deepEqual(
      problems.map((problem) => [problem.range.start.line, problem.message]),
      [
        [1, '`form` must be one of plan, closing, experiment, solution, toolkit.'],
        [4, 'The edition needs a name: `edition`.'],
        [10, '`required` must be true or false.'],
        [14, 'Unknown key `colour`: expected one of prompt, optional, characters, items.'],
        [13, '`characters` must be a whole number above 0.'],
      ],
    );
    assert.deepEqual(
      settings.forms?.map((form) => form.edition),
      ['b'],
    );
  });
});
