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
    const known = score.known === 0 ? '–' : `${score.knownFound}/${score.known}`;
    return `| ${score.rule} | ${score.name} | ${score.severity} | ${score.findings} | ${score.right + score.wrong} | ${percent(value)} | ${verdict} | ${score.guarded || '–'} | ${known} |`;
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
    '"False alarms kept out" counts the findings of earlier versions read as wrong and labelled so (they are no longer',
    'reported, and the tests fail if one comes back).',
    '',
    '| Rule | Name | Severity | Findings | Labelled | Precision | Target | False alarms kept out | Known problems found |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: |',
    ...rows,
    '',
    '## Judgement calls',
    '',
    '- A solution that repeats one country and point (LP005) is labelled right: the lines say nothing more than one,',
    "  though they stand for several places the platform's read API moved to the country's centre.",
    "- Required fields and limits (LP017, LP018) follow the platform's configuration today, although many archived",
    '  documents were accepted before it applied them.',
    '- The note on answers the export never writes (LP045) is labelled right: it says so, and asks for them only of a',
    '  document written by hand.',
    '- LP071 is judged against the sample folder: a closing form whose plan is elsewhere in the archive has no plan there.',
    '',
    '## Known problems not found',
    '',
    ...(missed.length > 0 ? missed : ['None.']),
    '',
  ].join('\n');
}
