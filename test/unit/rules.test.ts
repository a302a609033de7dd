import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkText,
  analyzeText,
  resolveSettings,
  RULES,
  type Finding,
} from '../../server/src/service/internals';
import { example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });
const HEADER = '# Mi Barrio\n[[focal_point:diego.suarez@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n';

function findings(text: string, rule?: string): Finding[] {
  return checkText(text, settings).findings.filter((f) => rule === undefined || f.rule === rule);
}

function spans(text: string, rule: string): string[] {
  const lines = text.split('\n');
  return findings(text, rule).map((f) =>
    lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character),
  );
}

describe('rules on crafted lines', () => {
  it('LP002 flags a tag without a value', () => {
    assert.deepEqual(spans(HEADER + '[[country:]]\n', 'LP002'), ['[[country:]]']);
  });

  it('LP003 flags an unknown key at the key, with did-you-mean', () => {
    const text = HEADER + '[[countrys:Bolivia]]\n';
    assert.deepEqual(spans(text, 'LP003'), ['countrys']);
    assert.match(findings(text, 'LP003')[0]!.message, /Did you mean `country`\?/);
  });

  it('LP003 flags an experiment-only key on a learning plan', () => {
    assert.match(
      findings(HEADER + '[[sample_size:2-9]]\n', 'LP003')[0]!.message,
      /not used on documents of type learningplan/,
    );
  });

  it('LP009 lists each missing required tag', () => {
    const messages = findings('# P\n[[type:learningplan]]\n', 'LP009').map((f) => f.message);
    assert.deepEqual(
      messages.map((m) => /`\[\[(\w+):/.exec(m)?.[1]),
      ['focal_point', 'year', 'country', 'latlng'],
    );
  });

  it('LP009 leaves a required tag that is there but broken to LP001, on its line', () => {
    const text = '# P\n[[focal_point:a@undp.org]]\n[[year:2022\n[[type:learningplan]]\n';
    const messages = findings(text, 'LP009').map((f) => f.message);
    assert.ok(!messages.some((message) => message.includes('[[year:')), messages.join(' | '));
    assert.ok(
      messages.some((message) => message.includes('[[country:')),
      'a tag truly missing is still reported',
    );
    assert.deepEqual(
      findings(text, 'LP001').map((f) => f.range.start.line),
      [2],
    );
  });

  it('LP018 leaves a required field whose only tag is broken to LP001, on its line', () => {
    const plan = example('001').text;
    const sdgs = plan.split('\n').findIndex((line) => line.startsWith('[[sdgs:'));
    assert.ok(sdgs >= 0, 'the example plan has an SDG');
    const lines = plan.split('\n').filter((line, index) => index === sdgs || !line.startsWith('[[sdgs:'));
    assert.deepEqual(findings(lines.join('\n'), 'LP018'), [], 'the complete example has its SDG');
    lines[sdgs] = lines[sdgs]!.replace(/\]\]\s*$/, '');
    const broken = lines.join('\n');
    assert.ok(!findings(broken, 'LP018').some((f) => f.message.includes('[[sdgs:')));
    assert.deepEqual(
      findings(broken, 'LP001').map((f) => f.range.start.line),
      [sdgs],
    );
    lines.splice(sdgs, 1);
    assert.ok(
      findings(lines.join('\n'), 'LP018').some((f) => f.message.includes('[[sdgs:')),
      'an SDG truly missing is still reported',
    );
  });

  it('LP010/LP015 accept SDG aliases and offer the canonical spelling; an unknown goal is a warning', () => {
    for (const alias of ['5', 'SDG 5', 'Gender Equality', '5 Gender Equality']) {
      const [finding] = findings(HEADER + `[[sdgs:${alias}]]\n`, 'LP015');
      assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '5. Gender equality', alias);
      assert.deepEqual(findings(HEADER + `[[sdgs:${alias}]]\n`, 'LP010'), []);
    }
    assert.deepEqual(findings(HEADER + '[[sdgs:10. Reduced innequalities]]\n', 'LP015'), []);
    assert.deepEqual(spans(HEADER + '[[sdgs:Gender equity]]\n', 'LP010'), ['Gender equity']);
  });

  it("LP013/LP015 accept an earlier form's answer and suggest the current one, changing only spellings in fix all", () => {
    const EXPERIMENT = '# Aquaponics\n[[type:experiment]]\n';
    const replaced = EXPERIMENT + '[[experiment_type:Fully Randomised (RCTs, etc.)]]\n';
    assert.deepEqual(findings(replaced, 'LP013'), []);
    const [earlier] = findings(replaced, 'LP015');
    assert.equal(
      earlier?.message,
      '"Fully Randomised (RCTs, etc.)" is an answer of an earlier version of the form; the platform now offers "Experimental (RCTs, etc.)".',
    );
    assert.equal(earlier?.fixes?.[0]?.edits[0]?.newText, 'Experimental (RCTs, etc.)');
    assert.equal(
      earlier?.fixes?.[0]?.preferred,
      false,
      "another answer is the author's choice, not a fix-all",
    );
    const [respelt] = findings(EXPERIMENT + '[[experiment_status:Implementation Stage]]\n', 'LP015');
    assert.match(
      respelt!.message,
      /earlier version of the form; the platform now offers "Implementation stage"/,
    );
    assert.equal(respelt?.fixes?.[0]?.preferred, true);
    const shortened = EXPERIMENT + '[[scaling:did not scale yet]]\n';
    assert.deepEqual(
      findings(shortened, 'LP015'),
      [],
      "the archive's export of the current answer is canonical",
    );
  });

  it("LP011 names the nearest method for a near miss; LP016 notes a method of the author's own", () => {
    const [miss] = findings(HEADER + '[[methods:solution mapping]]\n', 'LP011');
    assert.match(miss!.message, /Did you mean "Solutions Mapping"\?/);
    assert.equal(miss!.severity, 'warning');
    assert.deepEqual(findings(HEADER + '[[methods:experimentation]]\n', 'LP011'), []);
    assert.equal(findings(HEADER + '[[methods:experimentation]]\n', 'LP016')[0]?.severity, 'information');
    assert.deepEqual(findings(HEADER + '[[methods:Data Ethography]]\n', 'LP011'), []);
  });

  it('LP020 and LP021 check latlng values at the value', () => {
    assert.deepEqual(spans(HEADER + '[[latlng:12.5;-70.1]]\n', 'LP020'), ['12.5;-70.1']);
    assert.deepEqual(spans(HEADER + '[[latlng:95.2,-70.1]]\n', 'LP021'), ['95.2,-70.1']);
    assert.deepEqual(spans(HEADER + '[[latlng:-16.7, -64.6]]\n', 'LP020'), []);
  });

  it('LP030 wants a year from 2019 to next year', () => {
    assert.deepEqual(spans(HEADER.replace('2022', '2202'), 'LP030'), ['2202']);
    assert.deepEqual(spans(HEADER.replace('2022', '2027'), 'LP030'), []);
    assert.deepEqual(spans(HEADER.replace('2022', '2028'), 'LP030'), ['2028']);
  });

  it('LP031 wants an e-mail address', () => {
    assert.deepEqual(spans(HEADER.replace('diego.suarez@undp.org', 'Diego Suarez'), 'LP031'), [
      'Diego Suarez',
    ]);
  });

  it('LP032 reads a misspelt type as the type it resembles, and offers the fix', () => {
    const { doc } = analyzeText('# P\n[[type:learnigplan]]\n');
    assert.equal(doc.kind, 'learningplan');
    assert.equal(
      findings('# P\n[[type:learnigplan]]\n', 'LP032')[0]?.fixes?.[0]?.edits[0]?.newText,
      'learningplan',
    );
  });

  it('LP040 names each missing section of the form, at the place it belongs', () => {
    const text =
      HEADER + '## Title\n## Challenge statement\n## Partners\n## Learning questions\n## Closing\n';
    const [missing] = findings(text, 'LP040');
    assert.match(missing!.message, /"Challenge classification"/);
    assert.equal(
      missing!.range.start.line,
      6,
      'on the heading of the section that should follow it (Partners)',
    );
  });

  it("LP060 says what is wrong in a toolkit card's front matter, and what to do, at its line", () => {
    // A key only toolkit cards have, on the front matter's first line (line 1).
    const card = (yaml: string) => `---\nenablers: [Digitalization]\n${yaml}`;
    const cases: [string, number, string][] = [
      ['title: Radio: a community channel\n', 2, 'a value with ": " in it needs quotes'],
      ['tags:\n\t- radio\n', 3, 'A tab indents this line: indent with spaces.'],
      // The library finds a missing quote where the front matter ends.
      ['title: "Radio\nauthor: Lab\n', 3, 'A quoted value is not closed: its closing quote is missing.'],
      ['tags: [radio\n', 2, 'or a `[` or `{` before it is not closed.'],
      ['author: @lab\n', 2, 'This value starts with a character YAML reserves: put the value in quotes.'],
      ['title: [draft] Radio\n', 2, 'Text follows a complete value: put the whole value in quotes.'],
      ['title: Radio\ntitle: Radio 2\n', 3, 'This key is given twice.'],
    ];
    for (const [yaml, line, message] of cases) {
      const found = findings(card(`${yaml}---\n`), 'LP060');
      assert.deepEqual(
        found.map((finding) => finding.range.start.line),
        [line],
        yaml,
      );
      assert.ok(found[0]!.message.startsWith('Front matter: '), found[0]!.message);
      assert.ok(found[0]!.message.includes(message), found[0]!.message);
    }
    assert.deepEqual(
      findings(card('title: Radio\n'), 'LP060').map((finding) => finding.message),
      ['Front matter: The front matter is not closed by a `---` line.'],
    );
  });
});

describe('rules on the seeds', () => {
  for (const name of ['000', '001', '002', '003', '004']) {
    it(`finds no error in seed ${name}'s well-formed tags and sections`, () => {
      const errors = findings(example(name).text).filter((f) => f.severity === 'error');
      assert.deepEqual(
        errors.map((f) => `${f.rule} ${f.message}`),
        [],
      );
    });
  }
});

describe('rule isolation and configuration', () => {
  it('reports a rule that throws once as LP900 and still runs the others', () => {
    const throwing = {
      id: 'LP999',
      name: 'always-throws',
      defaultSeverity: 'error' as const,
      kinds: ['learningplan' as const],
      description: 'test',
      check() {
        throw new Error('boom');
      },
    };
    const rules = [throwing, ...RULES];
    const result = checkText('# P\n[[type:learningplan]]\n', settings, rules);
    assert.equal(result.failures.length, 1);
    assert.equal(result.findings.filter((f) => f.rule === 'LP900').length, 1);
    assert.ok(result.findings.some((f) => f.rule === 'LP009'));
  });

  it('turns rules off or changes their severity by id or name', () => {
    const text = '# P\n[[type:learningplan]]\n';
    const off = resolveSettings({ rules: { LP009: 'off' } }, { currentYear: 2026 });
    assert.equal(checkText(text, off).findings.filter((f) => f.rule === 'LP009').length, 0);
    const warn = resolveSettings({ rules: { 'required-tag': 'warning' } }, { currentYear: 2026 });
    assert.ok(
      checkText(text, warn)
        .findings.filter((f) => f.rule === 'LP009')
        .every((f) => f.severity === 'warning'),
    );
  });

  it('honours learning-plans-disable / enable / disable-next-line comments', () => {
    const text =
      HEADER +
      '<!-- learning-plans-disable LP010 -->\n[[sdgs:Gender equity]]\n<!-- learning-plans-enable LP010 -->\n[[sdgs:Peace equity]]\n' +
      '<!-- learning-plans-disable-next-line -->\n[[methods:solution mapping]]\n[[methods:Sistem Thinking]]\n';
    assert.deepEqual(spans(text, 'LP010'), ['Peace equity']);
    assert.deepEqual(spans(text, 'LP011'), ['Sistem Thinking']);
  });
});
