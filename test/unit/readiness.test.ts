import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, checkDocument, resolveSettings } from '../../server/src/service/internals';
import { readiness } from '../../server/src/service/features/readiness';
import { example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });

function verdict(text: string) {
  const analysis = analyzeText(text);
  return readiness(analysis, checkDocument(analysis, settings).findings);
}

const HEAD =
  '# Mi Barrio\n[[focal_point:ana.perez@undp.org]]\n[[year:2023]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

describe('readiness for the platform', () => {
  it('says a complete plan is ready', () => {
    const plan = example('001').text;
    const result = verdict(plan);
    assert.deepEqual(result.blockers, []);
    assert.equal(result.ready, true);
  });

  it('lists what blocks a plan, each with its subject and line, in document order', () => {
    const text = `${HEAD}[[sdgs:1]]\n[[sdgs:2]]\n[[sdgs:3]]\n[[sdgs:4]]\n[[sdgs:5]]\n[[sdgs:6]]\n[[methods:Co-creation]]\n[[datasources:surveys]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nTBD\n## Challenge statement\n\n> Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?\n\n## Challenge classification\n## Partners\n## Learning questions\n## Closing\n`;
    const result = verdict(text);
    assert.equal(result.ready, false);
    assert.deepEqual(
      result.blockers.map((blocker) => [blocker.kind, blocker.subject, blocker.line, blocker.message]),
      [
        ['field', '[[sdgs:…]]', 11, '6 SDGs: the platform takes at most 5.'],
        ['field', '[[thematic_areas:…]]', 13, 'The platform requires thematic areas.'],
        [
          'question',
          'Please provide a name for your action learning plan.',
          16,
          'The answer is a placeholder.',
        ],
        ['question', 'Background', 21, 'No answer yet.'],
      ],
    );
  });

  it('counts error-level findings, and neither questions the export never writes nor optional ones', () => {
    const text = `${HEAD.replace('[[year:2023]]\n', '')}[[sdgs:5]]\n[[thematic_areas:x]]\n[[methods:Co-creation]]\n[[datasources:surveys]]\n## Challenge statement\n\n> Challenge type: If you are working on multiple challenges, please indicate if this is your "big bet" or "exploratory" challenge.\n\n`;
    const result = verdict(text);
    const subjects = result.blockers.map((blocker) => blocker.subject);
    assert.ok(subjects.includes('LP009 required-tag'));
    assert.ok(subjects.includes('LP040 required-section'));
    assert.ok(!subjects.some((subject) => subject.startsWith('Challenge type')));
    assert.ok(result.blockers.every((blocker) => blocker.kind === 'error'));
  });

  it("names the template's placeholder focal point, on its line", () => {
    const plan = example('001').text.replace(/\[\[focal_point:[^\]]*\]\]/, '[[focal_point:name@undp.org]]');
    const line = plan.split('\n').findIndex((text) => text.startsWith('[[focal_point:'));
    assert.deepEqual(verdict(plan).blockers, [
      {
        kind: 'field',
        subject: '[[focal_point:…]]',
        line,
        message: "The focal point is the template's placeholder, name@undp.org.",
      },
    ]);
  });

  it('does not apply to other documents', () => {
    assert.deepEqual(verdict('# A blog post\n\nWords.\n'), { applies: false, ready: true, blockers: [] });
  });
});

describe("the preview's questions", () => {
  it('carry their status, so that the counts match the questions shown', async () => {
    const { summarize } = await import('../../server/src/service/features/summary');
    const text = `${HEAD}## Partners\n\n> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.\n\n> Please state the name of the Parter:\n\nThe municipality\n\n> What sector does our partner belong to?\n\n> Please provide a brief description of the collaboration.\n\nN/A\n`;
    const summary = summarize(analyzeText(text), []);
    const partners = summary.sections.find((section) => section.heading === 'Partners')!;
    assert.deepEqual(
      partners.questions.map((question) => question.status),
      ['not-a-question', 'answered', 'not-exported', 'placeholder'],
    );
    const counted = summary.completeness.sections.find((section) => section.heading === 'Partners')!;
    assert.deepEqual([counted.answered, counted.total], [1, 2]);
  });
});
