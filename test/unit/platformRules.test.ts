import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, fixAll, resolveSettings, type Finding } from '../../server/src/service/internals';

const settings = resolveSettings({}, { currentYear: 2026 });
const HEAD =
  '# Mi Barrio\n[[focal_point:ana.perez@undp.org]]\n[[year:2023]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';
const FIELDS =
  '[[sdgs:11. Sustainable cities and communities]]\n[[thematic_areas:urban development]]\n[[methods:Co-creation]]\n[[datasources:surveys]]\n';

function findings(text: string, rule: string): Finding[] {
  return checkText(text, settings).findings.filter((f) => f.rule === rule);
}

describe("the platform's limits and required fields", () => {
  it('LP017 reports the sixth SDG, counting a repeated one once', () => {
    const goals = [1, 4, 5, 8, 10, 11].map((n) => `[[sdgs:${n}]]\n`);
    const [finding] = findings(HEAD + goals.join(''), 'LP017');
    assert.equal(finding?.range.start.line, 11);
    assert.match(finding!.message, /^6 SDGs are given; the platform takes at most 5/);
    assert.deepEqual(findings(HEAD + goals.slice(0, 5).join('') + goals[0], 'LP017'), []);
  });

  it('LP018 asks a plan for the four fields, a closing form for methods and data sources only', () => {
    const missing = findings(`${HEAD}[[sdgs:5]]\n[[methods:Co-creation]]\n## Title\n`, 'LP018').map(
      (f) => f.message,
    );
    assert.deepEqual(missing, [
      'No thematic areas: the platform requires at least one (`[[thematic_areas:…]]`).',
      'No data sources: the platform requires at least one (`[[datasources:…]]`).',
    ]);
    const closing = `${HEAD}[[methods:Co-creation]]\n[[datasources:surveys]]\n## Learnings on your challenge\n## Data and Methods\n## Partners\n## End\n`;
    assert.deepEqual(findings(closing, 'LP018'), []);
    assert.deepEqual(findings(`${HEAD}${FIELDS}## Title\n`, 'LP018'), []);
  });

  it('LP048 reports a title the platform will cut, and one it has cut', () => {
    const long = `# ${'A title that goes on '.repeat(5)}\n[[type:learningplan]]\n`;
    assert.match(findings(long, 'LP048')[0]!.message, /is 104 characters long; the platform keeps 98/);
    const cut = `# ${'x'.repeat(98)}…\n[[type:learningplan]]\n`;
    assert.match(findings(cut, 'LP048')[0]!.message, /^The platform cut this title at 99 characters/);
    assert.deepEqual(findings(`# ${'x'.repeat(98)}\n[[type:learningplan]]\n`, 'LP048'), []);
  });
});

describe('values written the way the platform does not read them', () => {
  it('LP019 splits values packed into one tag, and leaves one value with a comma alone', () => {
    const text = `${HEAD}[[thematic_areas:circular economy, techonology]]\n`;
    const [finding] = findings(text, 'LP019');
    assert.match(finding!.message, /packs 2 values \("circular economy", "techonology"\)/);
    const split = finding!.fixes![0]!.edits[0]!;
    assert.equal(split.newText, '[[thematic_areas:circular economy]]\n[[thematic_areas:techonology]]');
    for (const value of [
      'thematic_areas:micro, small, medium enterprises',
      'datasources:policy, regulation and laws',
      'sdgs:9. Industry, innovation and infrastructure',
      'thematic_areas:covid-19 , response',
    ])
      assert.deepEqual(findings(`${HEAD}[[${value}]]\n`, 'LP019'), [], value);
    assert.equal(
      findings(`${HEAD}[[sdgs:5. Gender equality; 10. Reduced innequalities]]\n`, 'LP019').length,
      1,
    );
  });

  it('LP033 removes stray punctuation at either end of a value', () => {
    const text = `${HEAD}[[datasources:tracking data,]]\n[[thematic_areas:-\tpeace]]\n[[thematic_areas:U.S.]]\n`;
    assert.deepEqual(
      findings(text, 'LP033').map((f) => f.range.start.line),
      [6, 7],
    );
    const fixed = fixAll(text, settings).text;
    assert.match(
      fixed,
      /\[\[datasources:tracking data\]\]\n\[\[thematic_areas:peace\]\]\n\[\[thematic_areas:U\.S\.\]\]/,
    );
  });
});

describe('answers', () => {
  const title = '## Title\n\n> Please provide a name for your action learning plan.\n\n';

  it('LP056 writes the characters for HTML entities in answers and the title, not in prompts or markup', () => {
    const text = `# Citizens &amp; neighbours\n[[type:learningplan]]\n${title}Mi Barrio &amp; co&#39;s&nbsp;plan &lt;b&gt;\n`;
    const found = findings(text, 'LP056');
    assert.deepEqual(
      found.map((f) => f.range.start.line),
      [0, 6],
    );
    assert.match(
      found[1]!.message,
      /&amp; for "&", &#39; for "'", &nbsp; for a no-break space, &lt; for "<"/,
    );
    const fixed = fixAll(text, settings).text;
    assert.match(fixed, /^# Citizens & neighbours\n/);
    assert.match(fixed, /\nMi Barrio & co's plan &lt;b&gt;\n/);
    const prompt = `${HEAD}## Learning questions\n\n> Usage of methods: Relating to your choice above, how will you use your methods &amp; tools for this learning question? What value do these add in answering your learning question?\n\nMapping.\n`;
    assert.deepEqual(findings(prompt, 'LP056'), []);
    // In an HTML attribute and in a web address, an entity is how the character is written.
    const markup = `${HEAD}${title}<span style="font-family: &quot;Lucida Console&quot;">x</span> [doc](https://x.org/a?b=1&amp;c=2)\n`;
    assert.deepEqual(findings(markup, 'LP056'), []);
  });

  it('LP050 counts an entity as the character it stands for', () => {
    const tweet =
      '## Challenge statement\n\n> Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?\n\n';
    const answer = `${'a'.repeat(275)} &amp;`;
    assert.deepEqual(findings(`${HEAD}${tweet}${answer}\n`, 'LP050'), []);
  });

  it("LP057 reports the template's focal point address", () => {
    const text = HEAD.replace('ana.perez@undp.org', 'name@undp.org');
    assert.match(findings(text, 'LP057')[0]!.message, /^name@undp\.org is the template's placeholder/);
  });

  it('LP058 reports a long answer pasted under a second question, not links asked twice', () => {
    const long =
      'We will map the problems of the neighbourhood with its residents and test two ways to report them.';
    const methods =
      '> Usage of methods: Relating to your choice above, how will you use your methods & tools for this learning question? What value do these add in answering your learning question?';
    const gaps =
      '> Existing data gaps: Relating to your choice above, what existing gaps in data or information do these new sources of data addressing? What value do these add in answering your learning question?';
    const text = `${HEAD}## Learning questions\n\n${methods}\n\n${long} Twice.\n\n${gaps}\n\n${long} Twice.\n`;
    const [finding] = findings(text, 'LP058');
    assert.equal(finding?.range.start.line, 14);
    assert.match(finding!.message, /repeats the answer to "Usage of methods" \(line 11\)/);
    assert.deepEqual(findings(text.replace(' Twice.', ''), 'LP058'), []);
    const links = `${HEAD}## Design\n\n> Please upload any supporting links\n\n${long}\n\n> Please add any supporting links that describe the planning\n\n${long}\n`;
    assert.deepEqual(findings(links, 'LP058'), []);
    // A follow-up that is the scaling: the form asks nearly the same thing twice.
    const experiment = `# E\n[[type:experiment]]\n## Results\n\n> Does this activity have a follow up or a next stage? Please explain\n\n${long}\n\n> Is this experiment planned to scale? How? With whom?\n\n${long}\n`;
    assert.deepEqual(findings(experiment, 'LP058'), []);
  });
});
