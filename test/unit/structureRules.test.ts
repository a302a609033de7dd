import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkText,
  fixAll,
  analyzeText,
  resolveSettings,
  type Finding,
} from '../../server/src/service/internals';
import { completeness } from '../../server/src/service/forms/completeness';
import { corpusFolder, example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });
const PLAN =
  '# Mi Barrio\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

function findings(text: string, rule: string): Finding[] {
  return checkText(text, settings).findings.filter((f) => f.rule === rule);
}

function spans(text: string, rule: string): string[] {
  const lines = text.split('\n');
  return findings(text, rule).map((f) =>
    lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character),
  );
}

describe('tag rules', () => {
  it('LP004 lower-cases a capitalised key', () => {
    const text = PLAN + '[[Methods:Co-creation]]\n';
    assert.deepEqual(spans(text, 'LP004'), ['Methods']);
    assert.match(fixAll(text, settings).text, /\[\[methods:Co-creation\]\]/);
  });

  it("LP005 removes a repeated tag line, and a solution's repeated place", () => {
    const text =
      '# S\n[[type:solution]]\n[[country:Fiji]]\n[[latlng:-17.4,178.0]]\n[[country:Fiji]]\n[[latlng:-17.4,178.0]]\n';
    assert.deepEqual(
      findings(text, 'LP005').map((f) => f.range.start.line),
      [4, 5],
    );
    assert.equal(
      fixAll(text, settings).text,
      '# S\n[[type:solution]]\n[[country:Fiji]]\n[[latlng:-17.4,178.0]]\n',
    );
  });

  it('LP006 flags a tag among the sections', () => {
    assert.deepEqual(spans(PLAN + '## Title\n[[sdgs:5. Gender equality]]\n', 'LP006'), [
      '[[sdgs:5. Gender equality]]',
    ]);
  });

  it("LP007 flags a second, different year, but not a solution's second place", () => {
    assert.deepEqual(spans(PLAN + '[[year:2023]]\n', 'LP007'), ['[[year:2023]]']);
    const solution =
      '# S\n[[type:solution]]\n[[country:Fiji]]\n[[latlng:-17.4,178.0]]\n[[country:Samoa]]\n[[latlng:-13.7,-172.1]]\n';
    assert.deepEqual(findings(solution, 'LP007'), []);
    assert.deepEqual(findings(solution, 'LP008'), []);
  });

  it('LP008 flags a country without its latlng on a solution', () => {
    assert.deepEqual(spans('# S\n[[type:solution]]\n[[country:Fiji]]\n', 'LP008'), ['[[country:Fiji]]']);
  });
});

describe('structure rules', () => {
  it('LP041 flags a section before one the form puts first', () => {
    assert.deepEqual(spans(PLAN + '## Partners\n## Title\n', 'LP041'), ['## Title']);
  });

  it('LP042 names the nearest section for a misspelt heading and knows localized ones', () => {
    const [finding] = findings(PLAN + '## Challenge statment\n', 'LP042');
    assert.match(finding!.message, /Did you mean "Challenge statement"\?/);
    assert.deepEqual(findings(PLAN + '## Titre\n## Énoncé du défi\n## Socios\n', 'LP042'), []);
  });

  it('LP043 reports an empty section, never Challenge classification', () => {
    assert.deepEqual(spans(PLAN + '## Challenge classification\n## Closing\n\n', 'LP043'), ['## Closing']);
  });

  it("LP044 offers the form's wording for an edited prompt", () => {
    const text = PLAN + '## Title\n\n> Please provide a name for your learning plan.\n\nMi Barrio\n';
    const [finding] = findings(text, 'LP044');
    assert.equal(
      finding?.fixes?.[0]?.edits[0]?.newText,
      '> Please provide a name for your action learning plan.',
    );
  });

  it('LP045 reports questions without answers, not header questions', () => {
    const text =
      PLAN +
      '## Partners\n\n> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.\n\n<div class="group">\n\n> Please state the name of the Parter:\n\n</div>\n';
    assert.deepEqual(spans(text, 'LP045'), ['> Please state the name of the Parter:']);
  });

  it('LP046 removes an empty heading', () => {
    const text = PLAN + '## Title\n## \n## Challenge statement\n';
    assert.deepEqual(
      findings(text, 'LP046').map((f) => f.range.start.line),
      [7],
    );
    assert.ok(!fixAll(text, settings).text.includes('## \n'));
  });

  it('LP047 flags a section given twice, but not a second learning question', () => {
    assert.deepEqual(
      spans(PLAN + '## Partners\n## Partners\n## Learning questions\n## Learning questions\n', 'LP047'),
      ['## Partners'],
    );
  });

  it('LP040 asks experiments and toolkit cards for their sections', () => {
    const experiment = '# E\n[[type:experiment]]\n## Overview\n## Design\n## Results\n';
    assert.match(findings(experiment, 'LP040')[0]!.message, /"Learning"/);
    assert.equal(
      findings('---\ntitle: x\nsdg: [5 Gender Equality]\n---\n#### What it does.\n', 'LP040').length,
      10,
    );
  });
});

describe('answer rules', () => {
  const tweetPrompt =
    '> Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?';

  it("LP050 counts the tweet summary's characters", () => {
    const text = `${PLAN}## Challenge statement\n\n${tweetPrompt}\n\n${'é'.repeat(200)}\n${'😀'.repeat(100)}\n`;
    const [finding] = findings(text, 'LP050');
    assert.match(finding!.message, /is 301 characters long; the form asks for at most 280/);
    assert.deepEqual(finding!.range, {
      start: { line: 10, character: 0 },
      end: { line: 11, character: 200 },
    });
  });

  it('LP051 counts numbered insights, not paragraphs', () => {
    const head =
      '# C\n[[type:learningplan]]\n## Learnings on your challenge\n\n> What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)\n\n';
    assert.match(
      findings(head + '1) a\n2) b\n3) c\n4) d\n5) e\n6) f\n', 'LP051')[0]!.message,
      /lists 6 key insights/,
    );
    assert.deepEqual(findings(head + 'a\n\nb\n\nc\n\nd\n\ne\n\nf\n', 'LP051'), []);
    const lettered = 'a) Finance\nb) Coordination\nc. Data\nd) Innovation\ne) Youth\nf) Policy, i.e. laws\n';
    assert.match(findings(head + lettered, 'LP051')[0]!.message, /lists 6 key insights/);
    assert.match(
      findings(head + '#1 a\n#2 b\n#3 c\n#4 d\n#5 e\n#6 f\n#7 g\n', 'LP051')[0]!.message,
      /lists 7 key/,
    );
  });

  it('LP052 flags the sixth partner', () => {
    const partner = '<div class="group">\n\n> Please state the name of the partner:\n\nX\n\n</div>\n';
    assert.equal(findings(PLAN + '## Partners\n\n' + partner.repeat(6), 'LP052').length, 1);
    assert.equal(findings(PLAN + '## Partners\n\n' + partner.repeat(5), 'LP052').length, 0);
  });

  it('LP053 adds up the shares of time when they are given', () => {
    const head =
      '# C\n[[type:learningplan]]\n[[year:2022]]\n## Learnings on your challenge\n\n> For this frontier challenge, how much of your time did you dedicate to the stages in the learning cycle? Please make sure that your answers adds up to 100%.\n\n';
    const stage = (name: string, value: string) => `<div class="group">\n\n> ${name}\n\n${value}\n\n</div>\n`;
    assert.match(
      findings(
        head + stage('Sense', '50%') + stage('Explore', '30 %') + stage('Test', '25') + stage('Grow', ''),
        'LP053',
      )[0]!.message,
      /add up to 105%/,
    );
    assert.deepEqual(
      findings(
        head + stage('Sense', '') + stage('Explore', '') + stage('Test', '') + stage('Grow', ''),
        'LP053',
      ),
      [],
    );
  });

  it('LP054 and LP055 check checklist items and fix near misses', () => {
    const cycle =
      PLAN +
      '## Learning questions\n\n> To what stage(s) in the learning cycle does your learning question relate?\n\n- Explorer\n- Grow\n';
    const [stage] = findings(cycle, 'LP054');
    assert.deepEqual(spans(cycle, 'LP054'), ['Explorer']);
    assert.equal(stage?.fixes?.[0]?.edits[0]?.newText, 'Explore');
    const handover = example('000').text.replace(
      '- Our work has led to significant changes',
      '- Our work led to significant changes',
    );
    assert.equal(findings(handover, 'LP055').length, 1);
  });
});

function completenessOf(text: string) {
  const { doc, match, statuses } = analyzeText(text);
  return completeness(doc, match, statuses);
}

describe('completeness and the corpus', () => {
  it('counts answered questions per section; a missing section counts as unanswered', () => {
    const plan = completenessOf(example('001').text);
    assert.deepEqual([plan.answered, plan.total], [21, 21]);
    const partial = completenessOf(
      PLAN + '## Title\n\n> Please provide a name for your action learning plan.\n\nMi Barrio\n',
    );
    assert.equal(partial.answered, 1);
    // The missing sections' questions count, but not "Challenge type", whose answer the export never writes.
    assert.equal(partial.total, 14);
    assert.ok(partial.sections.some((section) => section.line === -1 && section.heading === 'Closing'));
  });

  it('finds no error in any real plan, experiment or solution of the sample but a broken tag', () => {
    for (const folder of ['learningplan', 'experiment', 'solution', 'toolkit']) {
      for (const file of corpusFolder(folder)) {
        const errors = checkText(file.text, settings).findings.filter((f) => f.severity === 'error');
        const allowed = errors.every((f) => f.rule === 'LP001' && /broken across two lines/.test(f.message));
        assert.ok(
          allowed,
          `${folder}/${file.name}: ${errors.map((f) => `${f.rule} ${f.message}`).join('; ')}`,
        );
      }
    }
  });
});
