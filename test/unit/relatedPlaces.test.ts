import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeText,
  checkDocument,
  crossDocumentFindings,
  english,
  indexEntry,
  resolveSettings,
} from '../../server/src/service/internals';
import { newDocumentText } from '../../server/src/service/features/newDocument';
import { planText } from '../support/plans';

const settings = resolveSettings({}, { currentYear: 2026 });
const HEADER =
  '# Mi Barrio\n\n[[focal_point:ana.perez@undp.org]]\n[[year:2024]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';
const LONG =
  'Informal waste pickers collect most of the recyclable material in the city, yet they are invisible to its planners and earn little for it.';

function findingsOf(text: string, rule: string) {
  return checkDocument(analyzeText(text), settings).findings.filter((finding) => finding.rule === rule);
}

/** The line of the first line of the text that starts with the prefix. */
function lineOf(text: string, prefix: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(prefix));
}

describe('findings point at the places they are about', () => {
  it('a repeated answer (LP058) points at the question whose answer it repeats', () => {
    const text =
      HEADER +
      '## Challenge statement\n\n> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)\n\n' +
      LONG +
      '\n\n> Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?\n\n' +
      LONG +
      '\n';
    const [finding] = findingsOf(text, 'LP058');
    assert.ok(finding, 'the repeated answer is found');
    const place = finding.related?.[0];
    assert.equal(place?.message, 'The question "Challenge statement"');
    assert.equal(place?.range.start.line, lineOf(text, '> Challenge statement:'));
    assert.equal(place?.uri, undefined, 'in the same document');
  });

  it('a repeated tag (LP005) and a second year (LP007) point at the first tag', () => {
    const text = `${HEADER}[[methods:Co-creation]]\n[[methods:Co-creation]]\n[[year:2025]]\n## Title\n`;
    const [duplicate] = findingsOf(text, 'LP005');
    assert.deepEqual(duplicate?.related?.[0], {
      message: '[[methods:Co-creation]]',
      range: {
        start: { line: lineOf(text, '[[methods:'), character: 0 },
        end: { line: lineOf(text, '[[methods:'), character: 23 },
      },
    });
    const [year] = findingsOf(text, 'LP007');
    assert.equal(year?.related?.[0]?.message, '[[year:2024]]');
    assert.equal(year?.related?.[0]?.range.start.line, lineOf(text, '[[year:2024'));
  });

  it('a section left whole (LP045) lists each of its unanswered questions', () => {
    const text = [
      HEADER,
      '## Title\n\n> Please provide a name for your action learning plan.\n\nMi Barrio\n',
      '## Learning questions\n\n> Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?\n\nHow do waste pickers decide where to work?\n',
      '\n> Usage of methods: Relating to your choice above, how will you use your methods & tools for this learning question? What value do these add in answering your learning question?\n\nInterviews with pickers and a map of their routes.\n',
      '## Closing\n\n> Early leads to grow: Think about the possible grow phase for this challenge - who might benefit from your work on this challenge or who might be the champions in your country that you should inform or collaborate with early on to help you grow this challenge?\n\n',
      '> END OF ACTION LEARNING PLAN: Thank you! The form saves automatically and your submission has been recorded. You may now exit this window.\n\n',
      '## Challenge statement\n\n> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)\n\n',
      '> Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?\n\n',
    ].join('');
    const whole = findingsOf(text, 'LP045').find((finding) => finding.message.startsWith('None of'));
    assert.ok(whole, 'the section is reported once');
    assert.deepEqual(
      whole.related?.map((place) => [place.message, place.range.start.line]),
      [
        ['The question "Challenge statement"', lineOf(text, '> Challenge statement:')],
        ['The question "Background"', lineOf(text, '> Background:')],
      ],
    );
  });

  it('a new plan, with only its title answered, names each unanswered question rather than whole sections', () => {
    const { text } = newDocumentText('plan', 'Waste pickers', 2026, 'Bolivia');
    const messages = findingsOf(text, 'LP045').map((finding) => finding.message);
    assert.ok(!messages.some((message) => message.startsWith('None of')), messages.join('\n'));
    assert.ok(messages.includes('The question "Background" has no answer yet.'), messages.join('\n'));
  });

  it('a focal point spelt another way (LP072) points at the documents that spell it the common way', () => {
    const documents = {
      'file:///a.md': planText({ title: 'A', country: 'Peru', year: 2023, focalPoint: 'ana.perez@undp.org' }),
      'file:///b.md': planText({ title: 'B', country: 'Peru', year: 2023, focalPoint: 'ana.perez@undp.org' }),
      'file:///c.md': planText({ title: 'C', country: 'Peru', year: 2023, focalPoint: 'Ana.Perez@undp.org' }),
    };
    const entries = Object.entries(documents).map(([uri, text]) => indexEntry(uri, analyzeText(text)));
    const found = crossDocumentFindings(entries, english, () => ({ settings })).get('file:///c.md');
    const [spelling] = found?.filter((finding) => finding.rule === 'LP072') ?? [];
    assert.deepEqual(
      spelling?.related?.map((place) => [place.uri, place.message, place.range.start.line]),
      [
        ['file:///a.md', '"A"', 2],
        ['file:///b.md', '"B"', 2],
      ],
    );
  });
});
