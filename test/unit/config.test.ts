import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkDocument,
  findRule,
  mergeSettings,
  parseConfig,
  analyzeText,
  english,
  readConfigCarefully,
  resolveSettings,
} from '../../server/src/service/internals';

const isRule = (id: string) => findRule(id) !== undefined;

describe('configuration file', () => {
  it('reads rule severities and extra vocabulary', () => {
    const { settings, problems } = parseConfig(
      'rules:\n  LP016: off\n  country-value: error\nvocabulary:\n  methods: [Our Method]\n',
      isRule,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      rules: { LP016: 'off', 'country-value': 'error' },
      vocabulary: { methods: ['Our Method'] },
    });
  });

  it('reports each mistake at its own line and keeps the rest', () => {
    const { settings, problems } = parseConfig(
      'rules:\n  LP016: off\n  LP777: error\n  LP010: loud\nextra: 1\n',
      isRule,
    );
    assert.deepEqual(settings.rules, { LP016: 'off' });
    assert.deepEqual(
      problems.map((p) => [p.range.start.line, p.message]),
      [
        [2, 'Unknown rule `LP777`.'],
        [3, '`loud` is not a severity: use error, warning, information, hint or off.'],
        [4, 'Unknown setting `extra`: expected `rules`, `vocabulary` or `forms`.'],
      ],
    );
  });

  it('reports YAML syntax errors at their line, in words that say what to do', () => {
    const { problems } = parseConfig('rules:\n\tLP016: off\n', isRule);
    assert.deepEqual(
      problems.map((problem) => [problem.range.start.line, problem.message]),
      [[1, 'A tab indents this line: indent with spaces.']],
    );
  });

  it('layers settings: later layers win rule by rule', () => {
    const merged = mergeSettings({ rules: { LP016: 'off', LP010: 'error' } }, { rules: { LP010: 'hint' } });
    assert.deepEqual(merged.rules, { LP016: 'off', LP010: 'hint' });
  });

  it('rule severities from the file change the findings', () => {
    const { settings } = parseConfig('rules:\n  required-tag: off\n', isRule);
    const findings = checkDocument(
      analyzeText('# P\n[[type:learningplan]]\n'),
      resolveSettings(settings),
    ).findings;
    assert.ok(!findings.some((f) => f.rule === 'LP009'));
  });
});

describe('configuration files read fast and read carefully', () => {
  const valid = [
    '',
    'rules:\n  LP016: off\n  country-value: error\n',
    'vocabulary:\n  methods: [Lab Walks, "Co-design: with residents"]\n  sdgs: [5, 16]\n',
    'rules: { LP045: hint }\nvocabulary:\n  thematic_areas:\n    - água e saneamento\n    - "#climate"\n',
    'vocabulary:\n  constructor: [a]\n  __proto__: [b]\n  toString: [c]\n',
  ];

  it('gives a valid file the same settings either way', () => {
    for (const text of valid) {
      const careful = readConfigCarefully(text, isRule, english);
      assert.deepEqual(careful.problems, [], text);
      assert.deepEqual(parseConfig(text, isRule), careful, text);
    }
  });

  it('reads a file with anything to report carefully, with each problem at its line', () => {
    const cases: [string, number][] = [
      ['rules:\n  LP777: error\n', 1],
      ['rules:\n  LP016: loud\n', 1],
      ['vocabulary:\n  methods: [a]\n  methods: [b]\n', 2],
      ['colour: blue\n', 0],
      ['vocabulary:\n  methods: Lab Walks\n', 1],
    ];
    for (const [text, line] of cases)
      assert.equal(parseConfig(text, isRule).problems[0]?.range.start.line, line, text);
  });
});
