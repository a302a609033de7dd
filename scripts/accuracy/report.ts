import { precision, TARGETS, type Measure } from './measure';

function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 1000) / 10}%`;
}

/** docs/accuracy.md: precision per rule on the labelled findings and recall on the known problems. */
export function accuracyMarkdown(result: Measure, documents: number): string {
  const rows = result.rules.map((score) => {
    const target = TARGETS[score.severity];
    const value = precision(score);
    const verdict = value === null || target === undefined ? '' : value >= target ? 'meets' : '**below**';
    return `| ${score.rule} | ${score.name} | ${score.severity} | ${score.findings} | ${score.right + score.wrong} | ${percent(value)} | ${verdict} | ${score.known === 0 ? '–' : `${score.knownFound}/${score.known}`} |`;
  });
  const missed = result.missedKnown.map(
    (problem) => `- ${problem.rule} \`${problem.file}\`:${problem.line} — ${problem.why}`,
  );
  return [
    '# Accuracy on real documents',
    '',
    `Measured by \`npm run accuracy\` on the corpus sample (test/fixtures/corpus, ${documents} documents of the public`,
    'archive). Findings were read at their lines and labelled right or wrong by whether their author would agree',
    '(test/fixtures/accuracy.json: every error and warning, up to 20 per information rule, and the closing forms',
    'without a plan), together with known problems each rule must find. Precision is over the labelled findings;',
    'recall over the known problems. Targets: 95% for error and warning rules, 85% for information rules.',
    '',
    '| Rule | Name | Severity | Findings | Labelled | Precision | Target | Known problems found |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: |',
    ...rows,
    '',
    '## Known problems not found',
    '',
    ...(missed.length > 0 ? missed : ['None.']),
    '',
  ].join('\n');
}
