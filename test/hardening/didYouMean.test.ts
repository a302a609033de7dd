/**
 * Did-you-mean is bounded in time whatever the values: the vocabulary is indexed (a value is scored only against
 * the spellings that could be alike enough), long values are not compared, and results are remembered per value
 * in a memo that forgets the least recently used. The index must change the cost, never the answer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { memoize } from '../../server/src/service/memo';
import { countryVocabulary } from '../../server/src/service/vocab/countries';
import { enumVocabulary } from '../../server/src/service/vocab/enums';
import { methodVocabulary } from '../../server/src/service/vocab/methods';
import { fold } from '../../server/src/service/vocab/normalize';
import { sdgVocabulary, toolkitSdgVocabulary } from '../../server/src/service/vocab/sdgs';
import { MAX_SUGGESTED_LENGTH } from '../../server/src/service/vocab/spellingIndex';
import { similarity } from '../../server/src/service/vocab/similarity';
import type { VocabEntry, Vocabulary } from '../../server/src/service/vocab/vocabulary';
import { runCli, withinBudget } from '../support/cli';
import { distinctUnknownValues, HEADER, hugeCountryValue, nonsenseWord } from '../support/hostile';
import { checkText } from '../../server/src/service/check';
import type { Finding } from '../../server/src/service/rules/types';
import { SUGGESTED_VALUES } from '../../server/src/service/rules/vocabularyCheck';
import { resolveSettings } from '../../server/src/service/settings';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const VOCABULARIES: [string, Vocabulary<VocabEntry>][] = [
  ['countries', countryVocabulary],
  ['SDGs', sdgVocabulary],
  ["the toolkit's SDGs", toolkitSdgVocabulary],
  ['methods', methodVocabulary],
  ['experiment types', enumVocabulary('experiment_type')!],
];

/** What did-you-mean must answer: every spelling of every entry scored, the best per entry, best first. */
function compareWithEverySpelling(vocabulary: Vocabulary<VocabEntry>, value: string, threshold: number) {
  const key = fold(value);
  if (key === '' || key.length > MAX_SUGGESTED_LENGTH) return [];
  const best = new Map<VocabEntry, number>();
  for (const entry of vocabulary.entries) {
    for (const spelling of [entry.canonical, ...(entry.aliases ?? [])]) {
      const score = similarity(key, fold(spelling), threshold);
      if (score >= threshold && score > (best.get(entry) ?? 0)) best.set(entry, score);
    }
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || a[0].canonical.localeCompare(b[0].canonical))
    .slice(0, 3)
    .map(([entry, score]) => [entry.canonical, score]);
}

/** A spelling of the vocabulary with typing mistakes: letters dropped, added, changed or swapped, words moved. */
function misspelling(vocabulary: Vocabulary<VocabEntry>): fc.Arbitrary<string> {
  const spellings = vocabulary.entries.flatMap((entry) => [entry.canonical, ...(entry.aliases ?? [])]);
  const edit = fc.tuple(fc.nat(), fc.constantFrom(...'abcdeilnorstu .-&'), fc.nat(5));
  return fc
    .tuple(fc.constantFrom(...spellings), fc.array(edit, { maxLength: 4 }))
    .map(([spelling, edits]) => edits.reduce((text, edit) => mistake(text, ...edit), spelling));
}

function mistake(text: string, at: number, letter: string, kind: number): string {
  const i = at % (text.length + 1);
  if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i) + letter + text.slice(i);
  if (kind === 2) return text.slice(0, i) + letter + text.slice(i + 1);
  if (kind === 3)
    return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
  if (kind === 4) return text.split(' ').reverse().join(' ');
  return `${text} national`;
}

describe('did-you-mean', () => {
  for (const [name, vocabulary] of VOCABULARIES) {
    it(`suggests for ${name} exactly what comparing with every spelling suggests`, () => {
      const value = fc.oneof(misspelling(vocabulary), fc.string({ maxLength: 30 }));
      fc.assert(
        fc.property(value, fc.constantFrom(0.5, 0.78, 0.9), (text, threshold) => {
          const suggested = vocabulary.suggest(text, 3, threshold).map((s) => [s.entry.canonical, s.score]);
          assert.deepEqual(suggested, compareWithEverySpelling(vocabulary, text, threshold));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('compares no value longer than a few times the longest spelling', () => {
    assert.deepEqual(countryVocabulary.suggest('Peru '.repeat(100)), []);
    assert.equal(countryVocabulary.suggest('Peruu')[0]?.entry.canonical, 'Peru');
  });

  it('forgets the least recently used results first, and never the one just used', () => {
    const computed: string[] = [];
    const remembered = memoize((key) => (computed.push(key), key.toUpperCase()), 3);
    for (const key of ['a', 'b', 'c', 'a', 'd', 'a', 'e']) remembered(key);
    // `a` was used again each time before the memo filled up: it stayed; `b` and `c` made way for `d` and `e`.
    assert.deepEqual(computed, ['a', 'b', 'c', 'd', 'e']);
    remembered('b');
    assert.deepEqual(computed.slice(-1), ['b']);
  });
});

describe('did-you-mean within a document', () => {
  const misspelt = (key: string, value: string, position: number) => {
    const lines = Array.from(
      { length: SUGGESTED_VALUES + 50 },
      (_, index) => `[[${key}:${nonsenseWord(index)}]]`,
    );
    lines[position] = `[[${key}:${value}]]`;
    const doc = `${HEADER}${lines.join('\n')}\n`;
    return checkText(doc, resolveSettings({})).findings.filter((finding) => finding.message.includes(value));
  };

  it('suggests for the first unknown values of a key, and reports the rest without a suggestion', () => {
    const lp012 = (findings: Finding[]) => findings.filter((finding) => finding.rule === 'LP012');
    const [early] = lp012(misspelt('country', 'Bolivai', 3));
    assert.match(early!.message, /Did you mean "Bolivia/);
    assert.equal(early!.fixes?.length, 1);
    const [late] = lp012(misspelt('country', 'Bolivai', SUGGESTED_VALUES + 20));
    assert.match(late!.message, /"Bolivai" is not one of the platform's countries/);
    assert.doesNotMatch(late!.message, /Did you mean/);
    assert.equal(late!.fixes, undefined);
  });

  it('a misspelt method past the budget is reported as a method of its own, never dropped', () => {
    assert.deepEqual(
      misspelt('methods', 'Sensemakng', 3).map((finding) => finding.rule),
      ['LP011'],
    );
    assert.deepEqual(
      misspelt('methods', 'Sensemakng', SUGGESTED_VALUES + 20).map((finding) => finding.rule),
      ['LP016'],
    );
  });
});

describe('did-you-mean on the command line, within budget', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-suggest-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const CASES = [
    {
      name: '3,000 distinct unknown countries',
      text: () => distinctUnknownValues('country', 3_000),
      rule: 'LP012',
      count: 3_000,
    },
    {
      name: '5,000 distinct unknown SDGs',
      text: () => distinctUnknownValues('sdgs', 5_000),
      rule: 'LP010',
      count: 5_000,
    },
    { name: 'one 1.3 MB country value', text: hugeCountryValue, rule: 'LP012', count: 1 },
  ];
  for (const entry of CASES) {
    it(`${entry.name}: checked in under 2 s, each reported once`, async () => {
      const path = join(dir, 'plan.md');
      writeFileSync(path, entry.text());
      const run = await runCli(['check', path, '--format', 'json'], { killAfterMs: 30_000 });
      const budget = withinBudget(run, 2_000);
      assert.ok(budget.ok, budget.message);
      assert.equal(run.status, 1, run.stderr);
      const rules = JSON.parse(run.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
      assert.equal(rules.filter((rule: string) => rule === entry.rule).length, entry.count);
      assert.ok(!rules.includes('LP900'));
    });
  }

  it('still suggests the nearest value among thousands of others', async () => {
    const path = join(dir, 'typo.md');
    writeFileSync(
      path,
      distinctUnknownValues('country', 3_000).replace(HEADER, `${HEADER}[[country:Bolivai]]\n`),
    );
    const run = await runCli(['check', path, '--format', 'json']);
    const messages = JSON.parse(run.stdout).files[0].diagnostics.map((d: { message: string }) => d.message);
    assert.ok(
      messages.includes('"Bolivai" is not one of the platform\'s countries. Did you mean "Bolivia"?'),
    );
  });
});
