// npm run accuracy: re-runs the check on the corpus sample and writes docs/accuracy.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, findingsIn, LABELS, measure, precision, readLabels } from './accuracy/measure';
import { accuracyMarkdown } from './accuracy/report';

async function main(): Promise<void> {
  const found = await findingsIn(CORPUS);
  const result = measure(found, readLabels(LABELS));
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'accuracy.md'), accuracyMarkdown(result, found.size));
  for (const score of result.rules) {
    const value = precision(score);
    console.log(
      `${score.rule} ${score.severity.padEnd(11)} findings ${String(score.findings).padStart(4)}  precision ${value === null ? '   –' : `${Math.round(value * 100)}%`.padStart(4)}  known ${score.knownFound}/${score.known}`,
    );
  }
  for (const label of result.backWrong)
    console.log(`false alarm back: ${label.rule} ${label.file}:${label.line}`);
  for (const label of result.lostRight)
    console.log(`right finding lost: ${label.rule} ${label.file}:${label.line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
