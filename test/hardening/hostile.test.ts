/**
 * A catalogue of hostile inputs, each with what must come out (a clear finding, or silence) and a bound on the time it
 * may take — generous bounds that catch a hang or a runaway expression, not a benchmark.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import {
  checkDocument,
  fixAll,
  analyzeText,
  resolveSettings,
  type Finding,
} from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';
import { hover } from '../../server/src/service/features/hover';
import { documentSymbols } from '../../server/src/service/features/symbols';
import { english } from '../../server/src/service/internals';
import { example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });
const PLAN = example('001').text;
const HEADER =
  '# Plan\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

interface Case {
  name: string;
  text: () => string;
  /** Longest the whole pipeline may take, in milliseconds. */
  within: number;
  expect: (findings: Finding[], text: string) => void;
}

const silent = (findings: Finding[]) => assert.deepEqual(findings, []);
const has = (rule: string) => (findings: Finding[]) =>
  assert.ok(
    findings.some((f) => f.rule === rule),
    `expected ${rule}`,
  );
const noErrorsBut =
  (...rules: string[]) =>
  (findings: Finding[]) =>
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error' && !rules.includes(f.rule)).map((f) => f.rule),
      [],
    );

const CASES: Case[] = [
  { name: 'empty file', text: () => '', within: 1_000, expect: silent },
  { name: 'whitespace only', text: () => ' \n\t\n   \r\n', within: 1_000, expect: silent },
  { name: 'UTF-8 BOM before the title', text: () => '\ufeff' + PLAN, within: 2_000, expect: noErrorsBut() },
  {
    name: 'CRLF line endings',
    text: () => PLAN.replace(/\n/g, '\r\n'),
    within: 2_000,
    expect: noErrorsBut(),
  },
  {
    name: 'lone CR line endings',
    text: () => PLAN.replace(/\n/g, '\r'),
    within: 2_000,
    expect: noErrorsBut(),
  },
  {
    name: 'tabs in tags and before prompts',
    text: () => HEADER.replace(/\[\[/g, '\t[[') + '##\tTitle\n\t> prompt\n',
    within: 2_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'a 10 MB document',
    text: () =>
      HEADER + '## Title\n\n' + 'Answer text that goes on and on, line after line.\n'.repeat(200_000),
    within: 10_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'a 100,000-line tag block',
    text: () => HEADER + '[[datasources:survey]]\n'.repeat(100_000),
    within: 15_000,
    expect: has('LP005'),
  },
  {
    name: 'a single 1 MB line',
    text: () => HEADER + 'x'.repeat(1_000_000) + '\n',
    within: 5_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'a 1 MB tag value',
    text: () => HEADER + `[[datasources:${'y'.repeat(1_000_000)}]]\n`,
    within: 5_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'NUL bytes and other binary content',
    text: () => HEADER + '\u0000\u0001\u0002\uffff\ud800' + '\u0000'.repeat(1000),
    within: 2_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'invalid UTF-8 (read with replacement characters)',
    text: () => HEADER + '[[methods:Co-creaci\ufffdn]]\n',
    within: 2_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'right-to-left text',
    text: () =>
      HEADER.replace('# Plan', '# خطة التعلم') + '[[thematic_areas:التعليم]]\n## Title\n\n> سؤال\n\nجواب\n',
    within: 2_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'emoji and combining marks inside tags',
    text: () => HEADER + '[[thematic_areas:🌍 clima\u0301tico 👩🏽‍🌾]]\n[[methods:Co-cre\u0301ation]]\n',
    within: 2_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: '`]]` and `[[` inside values',
    text: () => HEADER + '[[datasources:a]]b]]\n[[datasources:c [[d]]\n[[datasources:]]]]\n',
    within: 2_000,
    expect: noErrorsBut('LP040', 'LP002'),
  },
  {
    name: 'unterminated front matter',
    text: () => '---\ntitle: x\nsdg: [5 Gender Equality]\n#### What it does.\n',
    within: 2_000,
    expect: has('LP060'),
  },
  {
    name: 'YAML alias bomb in front matter',
    text: () =>
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\nsdg: [5 Gender Equality]\n---\n',
    within: 1_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'deeply nested lists and quotes',
    text: () =>
      HEADER +
      '## Title\n\n' +
      Array.from({ length: 5_000 }, (_, i) => `${'  '.repeat(i % 200)}- ${'>'.repeat(i % 50)} item`).join(
        '\n',
      ),
    within: 3_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'thousands of unclosed groups',
    text: () => HEADER + '## Partners\n' + '<div class="group">\n> q\n'.repeat(20_000),
    within: 5_000,
    expect: noErrorsBut('LP040'),
  },
  {
    name: 'a blog page: silence',
    text: () => '# A blog\n\n[[type:blog]]\n[[source:https://example.org]]\n\nText.\n',
    within: 1_000,
    expect: silent,
  },
];

describe('hostile inputs', () => {
  for (const entry of CASES) {
    it(`${entry.name}: ${entry.within} ms at most, and the expected outcome`, () => {
      const text = entry.text();
      const start = performance.now();
      const analysis = analyzeText(text);
      const { doc } = analysis;
      const { findings, failures } = checkDocument(analysis, settings);
      const fixed = fixAll(text, settings).text;
      documentSymbols(doc, english);
      const last = Math.max(0, doc.lines.length - 1);
      complete(
        analysis,
        { line: last, character: (doc.lines[last] ?? '').length },
        { t: english, currentYear: 2026 },
      );
      hover(analysis, { line: Math.min(5, last), character: 12 }, { t: english, locale: 'en' });
      const elapsed = performance.now() - start;
      assert.deepEqual(failures, [], 'no rule failed');
      assert.ok(elapsed < entry.within, `took ${elapsed.toFixed(0)} ms`);
      assert.equal(typeof fixed, 'string');
      entry.expect(findings, text);
    });
  }
});
