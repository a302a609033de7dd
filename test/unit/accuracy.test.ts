import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  CORPUS,
  findingsIn,
  LABELS,
  measure,
  precision,
  readLabels,
  TARGETS,
  type Found,
  type Measure,
} from '../../scripts/accuracy/measure';
import { accuracyMarkdown } from '../../scripts/accuracy/report';
import { ROOT } from '../support/docs';

describe('accuracy on the corpus sample (test/fixtures/accuracy.json)', () => {
  let found: Found;
  let result: Measure;
  before(async () => {
    found = await findingsIn(CORPUS);
    result = measure(found, readLabels(LABELS));
  });

  it('reports no false alarm that was read and labelled wrong', () => {
    assert.deepEqual(
      result.backWrong.map((label) => `${label.rule} ${label.file}:${label.line} — ${label.why}`),
      [],
    );
  });

  it('still reports every finding that was read and labelled right', () => {
    assert.deepEqual(
      result.lostRight.map((label) => `${label.rule} ${label.file}:${label.line} — ${label.why}`),
      [],
    );
  });

  it('meets the precision targets: 95% for errors and warnings, 85% for information', () => {
    for (const score of result.rules) {
      const value = precision(score);
      const target = TARGETS[score.severity];
      if (value === null || target === undefined) continue;
      assert.ok(value >= target, `${score.rule}: ${value} < ${target}`);
    }
    // Every error and warning rule that reports anything on the sample has its findings labelled.
    for (const score of result.rules)
      if ((score.severity === 'error' || score.severity === 'warning') && score.findings > 0)
        assert.equal(score.right + score.wrong, score.findings, `${score.rule} has unlabelled findings`);
  });

  it('docs/accuracy.md is what `npm run accuracy` writes', () => {
    const written = readFileSync(join(ROOT, 'docs', 'accuracy.md'), 'utf8');
    assert.equal(written, accuracyMarkdown(result, found.size), 'run npm run accuracy');
  });
});
