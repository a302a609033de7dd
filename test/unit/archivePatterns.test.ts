// Patterns of real archive documents that once made the tool report what an author would not call a problem.
// Each test writes the pattern into a small document and checks the rule stays quiet, or says it once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkText,
  analyzeText,
  fixAll,
  parseDocument,
  resolveSettings,
  type Finding,
} from '../../server/src/service/internals';
import { completeness } from '../../server/src/service/forms/completeness';

const settings = resolveSettings({}, { currentYear: 2026 });
const TAGS =
  '[[focal_point:a@undp.org]]\n\n[[year:2023]]\n\n[[type:learningplan]]\n\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

function findings(text: string, rule: string): Finding[] {
  return checkText(text, settings).findings.filter((f) => f.rule === rule);
}

describe('a title over several lines', () => {
  it('reads a title wrapped after a blank line as one title, and the tags below it as the tag block', () => {
    const text = `# The UNIPOD: harnessing youth creative thinking, to create a\n\ntransformational hub\n\n${TAGS}## Title\n`;
    const doc = parseDocument(text);
    assert.equal(
      doc.title?.text,
      'The UNIPOD: harnessing youth creative thinking, to create a transformational hub',
    );
    assert.ok(doc.tags.every((tag) => tag.inHeader));
    assert.deepEqual(findings(text, 'LP006'), []);
  });

  it('reads the title on the line under an empty `# ` line', () => {
    const text = `# \nSME growth and resilience - Closing 2022\n\n${TAGS}## Learnings on your challenge\n`;
    const doc = parseDocument(text);
    assert.equal(doc.title?.text, 'SME growth and resilience - Closing 2022');
    assert.deepEqual(doc.title?.textRange, {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 40 },
    });
    assert.deepEqual(findings(text, 'LP006'), []);
    const separated = `# \n\nSME growth\n\n${TAGS}`;
    assert.equal(parseDocument(separated).title?.text, 'SME growth');
  });

  it('still reads text under a title with no tag block after it as the body', () => {
    const doc = parseDocument('# A blog post\n\nSome words.\n\nMore words.\n\nEven more.\n\n[[source:x]]\n');
    assert.equal(doc.title?.text, 'A blog post');
  });
});

describe('tags the platform lets an author give several times', () => {
  it('LP007 accepts several sample sizes (a checklist on the platform), not two statuses', () => {
    const head =
      '# E\n[[focal_point:a@undp.org]]\n[[year:2023]]\n[[type:experiment]]\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n';
    assert.deepEqual(findings(`${head}[[sample_size:10-49]]\n[[sample_size:100-999]]\n`, 'LP007'), []);
    const statuses = `${head}[[experiment_status:Completed]]\n[[experiment_status:Design Stage]]\n`;
    assert.equal(findings(statuses, 'LP007').length, 1);
  });
});

describe('headings of older forms, other languages and longer wordings', () => {
  const experimentHead =
    '# E\n[[focal_point:a@undp.org]]\n[[year:2021]]\n[[type:experiment]]\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n';

  it('LP040 reads an experiment of the older form (Overview · Design · Review · Results · Context) without asking for Learning', () => {
    const text = `${experimentHead}## Overview\n\n> Prepared by (Name of the experimenter)\n\nAna\n## Design\n\n> Hypothesis: IF... THEN....\n\nIf we nudge, then they sort.\n\n> What is the object being tested?\n\nA sticker\n## Review\n## Results\n\n> What were the key results?\n\nMore sorting.\n## Context\n`;
    assert.equal(analyzeText(text).form?.variant, 'review');
    assert.deepEqual(findings(text, 'LP040'), []);
    assert.deepEqual(findings(text, 'LP042'), []);
    assert.deepEqual(findings(text, 'LP043'), []);
    // The current form's experiment still needs its Learning section.
    const current = `${experimentHead}## Overview\n## Design\n\n> What is your hypothesis? IF... THEN....\n\nIf x then y.\n## Results\n`;
    assert.match(findings(current, 'LP040')[0]!.message, /"Learning"/);
  });

  it('LP040 knows the Spanish heading of the closing form written with "tu"', () => {
    const text = `# C\n${TAGS}## Aprendizajes sobre tu desafío\n## Datos y métodos\n## Socios\n## Fin\n`;
    assert.equal(analyzeText(text).form?.id, 'closing');
    assert.deepEqual(findings(text, 'LP040'), []);
  });

  it('LP040 reads a toolkit heading that adds words to the section heading', () => {
    const headings = [
      'What it does.',
      'Value proposition for the government/other partner and SDG alignment.',
      'Why and when to use it.',
      'Known issues and troubleshooting.',
      'Context.',
      'Cost to implement.',
      'Time',
      'People.',
      'Focal point.',
      'Country, year, and language.',
      'Resources.',
    ];
    const card = `---\ntitle: x\nlayout: default\nsignature_solutions : [Governance]\nrblac_priorities: [Effective Governance]\nsdg: [5 Gender Equality]\n---\n## Card\n${headings.map((h) => `#### ${h}\nText.\n`).join('')}`;
    assert.deepEqual(findings(card, 'LP040'), []);
    assert.deepEqual(findings(card, 'LP042'), []);
  });
});

describe('a section whose heading is blank', () => {
  const closing = (dataAndMethods: string) =>
    `# C\n${TAGS}## Learnings on your challenge\n\n> What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)\n\n1. Listen first\n${dataAndMethods}\n> Relating to your types of data, why did you chose these? What gaps in available data were these addressing?\n\nSurveys filled a gap.\n\n> Why was it necessary to apply the above innovation method on your frontier challenge? How did these help you to unpack the system?\n\nTo see the system.\n## Partners\n## End\n`;

  it('LP040 recognises the section by its questions, so its fix never inserts them a second time', () => {
    const text = closing('## ');
    assert.deepEqual(findings(text, 'LP040'), []);
    const fixed = fixAll(text, settings).text;
    assert.equal(fixed.split('> Relating to your types of data').length, 2);
  });

  it('LP046 offers to name the blank heading after its questions, not to remove it', () => {
    const [finding] = findings(closing('## '), 'LP046');
    assert.match(finding!.message, /"Data and Methods"/);
    assert.match(fixAll(closing('## '), settings).text, /\n## Data and Methods\n/);
    // An empty heading with nothing under it is still removed.
    const stray = `# C\n${TAGS}## Learnings on your challenge\n## \n## Data and Methods\n## Partners\n## End\n`;
    assert.doesNotMatch(fixAll(stray, settings).text, /\n## \n/);
  });
});

describe('answers as the archive writes them', () => {
  const insights =
    '> What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)\n\n';
  const closing = (answer: string) => `# C\n${TAGS}## Learnings on your challenge\n\n${insights}${answer}\n`;

  it('LP051 counts top-level insights only, not their sub-points', () => {
    const nested =
      '1. Communities lead.\n2. Drainage follows the master plan:\ni) Survey the tributaries\nii) Discuss the designs\niii) Build with the community\niv) Maintain:\n- culverts\n- green belts\n3. Alliances matter.\n4. Training needs both formats:\na. in person\nb. online\n5. Mentors count.\n';
    assert.deepEqual(findings(closing(nested), 'LP051'), []);
    // Two lists, each under its own lead-in: five insights after two phases, not seven.
    const phases =
      'The initiative has two phases:\n- First, focus groups\n- Second, a survey\nThe first insights are:\n- Fathers support\n- Role models\n- Enrolment rose\n- Few women teach\n- Costs deter\n';
    assert.deepEqual(findings(closing(phases), 'LP051'), []);
    // Steps set out as clauses of one sentence.
    const clauses =
      'The work depended on:\n1. integrating the databases;\n2. checking the data;\n3. describing the processes;\n4. recording the cases;\n5. building the method;\n6. scoring the risks;\n7. protecting the data.\n';
    assert.deepEqual(findings(closing(clauses), 'LP051'), []);
    const six = '1. One.\nMore on one.\n2. Two.\n3. Three.\n- detail\n4. Four.\n5. Five.\n6. Six.\n';
    assert.match(
      findings(closing(six), 'LP051')[0]!.message,
      /^The answer to "What are the top key insights.*lists 6 key insights/,
    );
  });

  it('LP052 does not count a partner slot left empty from the template', () => {
    const slot = (name: string) =>
      `<div class="group">\n\n> Please state the name of the Parter:\n\n${name}\n\n> What sector does our partner belong to?\n\n> Please provide a brief description of the collaboration.\n\n${name ? 'We work together.' : ''}\n\n> Is this a new and unusual partner for UNDP?\n\n</div>\n`;
    const partners = (names: string[]) =>
      `# P\n${TAGS}## Partners\n\n> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.\n\n${names.map(slot).join('')}`;
    const five = partners(['A', 'B', 'C', 'D', 'E', '']);
    assert.deepEqual(findings(five, 'LP052'), []);
    // Only the note on the answers the export never writes: no question of the empty slot is reported.
    assert.deepEqual(
      findings(five, 'LP045').filter((f) => !f.message.startsWith('No answer to')),
      [],
    );
    assert.match(
      findings(partners(['A', 'B', 'C', 'D', 'E', 'F']), 'LP052')[0]!.message,
      /6 partners are given; "Who are your top 5 partners for this challenge\?" asks for the top 5/,
    );
  });

  it('LP045 names the question, and says once that the export never writes some answers', () => {
    const text = `# P\n${TAGS}## Challenge statement\n\n> Challenge type: If you are working on multiple challenges, please indicate if this is your "big bet" or "exploratory" challenge.\n\n> Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)\n\nOur challenge is that waste is burnt.\n\n> Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?\n\n-\n`;
    const messages = findings(text, 'LP045').map((f) => f.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0]!, /^No answer to "Challenge type": the platform's export never writes/);
    assert.equal(messages[1], 'The question "Background" has no answer yet.');
  });

  it('LP045 reports an Overview dropped whole once, on its heading', () => {
    const text = `# E\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:experiment]]\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n## Overview\n**This section is to explain the basics of the activity**\n\n> Name of the experimental activity\n\n> Prepared by (Name of the experimenter)\n\n> On date (Day/Month/Year)\n\n> Please categorize the type that best identifies this experimental activity:\n\n- \n\n## Design\n\n> What is the specific learning intent of the activity?\n\nTo learn whether nudges work.\n`;
    const found = findings(text, 'LP045').filter((f) => !f.message.startsWith('No answer to'));
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.message]),
      [
        [
          6,
          'None of the 2 questions of "Overview" has an answer yet, while the rest of the document is answered.',
        ],
      ],
    );
  });

  it('placeholders are no answer: LP057 reports them and completeness does not count them', () => {
    const question =
      '> Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?\n\n';
    const text = (answer: string) => `# P\n${TAGS}## Learning questions\n\n${question}${answer}\n`;
    for (const placeholder of ['TBD', 'N/A', 'xxx', 'to be determined'])
      assert.match(
        findings(text(placeholder), 'LP057')[0]!.message,
        /^The answer to "Learning question" is a placeholder/,
      );
    assert.deepEqual(findings(text('How do neighbours report problems?'), 'LP057'), []);
    const answered = (answer: string) => {
      const { doc, match, statuses } = analyzeText(text(answer));
      return completeness(doc, match, statuses).answered;
    };
    assert.equal(answered('TBD'), 0);
    assert.equal(answered('How do neighbours report problems?'), 1);
    // "N/A" where the question may not apply is an answer.
    const ifApplicable = `# C\n${TAGS}## Partners\n\n> If applicable, what academic partners (and related institutions) did you actually work with and what did you do with them?\n\nN/A\n`;
    assert.deepEqual(findings(ifApplicable, 'LP057'), []);
  });
});
