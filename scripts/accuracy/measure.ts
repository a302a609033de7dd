// Measures the findings on the corpus sample against labels read off the documents (test/fixtures/accuracy.json):
// precision per rule on the labelled findings, recall on the known problems. `npm run accuracy` writes the result
// to docs/accuracy.md; the unit tests hold the labels.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectFiles } from '../../server/src/cli/walk';
import { nodeHost } from '../../server/src/hosts/nodeFiles';
import { createLanguageService, findRule, type Finding } from '../../server/src/service/internals';

export interface Label {
  /** The document, relative to the corpus folder, with `/` separators. */
  file: string;
  rule: string;
  /** 1-based, as editors show it. */
  line: number;
  verdict: 'right' | 'wrong';
  why: string;
}

export interface KnownProblem {
  file: string;
  rule: string;
  line: number;
  why: string;
}

export interface Labels {
  findings: Label[];
  known: KnownProblem[];
}

/** A finding as the measure keys it: where it is and what rule made it. */
export type Found = Map<string, Finding[]>;

/** Every finding on the documents of a folder, those across documents included, as the CLI reports them. */
export async function findingsIn(folder: string): Promise<Found> {
  const { files } = await collectFiles([folder]);
  const service = createLanguageService(nodeHost(() => undefined));
  const uris = new Map(
    files.map((path) => [relative(folder, path).split(sep).join('/'), pathToFileURL(path).href]),
  );
  for (const [file, uri] of uris)
    await service.addFile(uri, readFileSync(join(folder, file), 'utf8').replace(/^\ufeff/, ''));
  const found: Found = new Map();
  for (const [file, uri] of uris) found.set(file, await service.findings(uri));
  return found;
}

export function readLabels(path: string): Labels {
  return JSON.parse(readFileSync(path, 'utf8')) as Labels;
}

function isFound(found: Found, where: { file: string; rule: string; line: number }): boolean {
  return (found.get(where.file) ?? []).some(
    (finding) => finding.rule === where.rule && finding.range.start.line + 1 === where.line,
  );
}

export interface RuleScore {
  rule: string;
  name: string;
  severity: string;
  findings: number;
  right: number;
  wrong: number;
  /** False alarms read in earlier versions, labelled so that they do not come back. */
  guarded: number;
  known: number;
  knownFound: number;
}

export interface Measure {
  rules: RuleScore[];
  /** Labels whose finding is no longer reported although it was right. */
  lostRight: Label[];
  /** Labels of false alarms that are reported again. */
  backWrong: Label[];
  missedKnown: KnownProblem[];
}

export function measure(found: Found, labels: Labels): Measure {
  const scores = new Map<string, RuleScore>();
  const score = (rule: string): RuleScore => {
    let entry = scores.get(rule);
    if (!entry) {
      const known = findRule(rule);
      entry = {
        rule,
        name: known?.name ?? '',
        severity: known?.defaultSeverity ?? '',
        findings: 0,
        right: 0,
        wrong: 0,
        guarded: 0,
        known: 0,
        knownFound: 0,
      };
      scores.set(rule, entry);
    }
    return entry;
  };
  for (const findings of found.values()) for (const finding of findings) score(finding.rule).findings++;
  const result: Measure = { rules: [], lostRight: [], backWrong: [], missedKnown: [] };
  for (const label of labels.findings) {
    const present = isFound(found, label);
    if (label.verdict === 'right' && present) score(label.rule).right++;
    if (label.verdict === 'wrong') score(label.rule).guarded++;
    if (label.verdict === 'wrong' && present) {
      score(label.rule).wrong++;
      result.backWrong.push(label);
    }
    if (label.verdict === 'right' && !present) result.lostRight.push(label);
  }
  for (const problem of labels.known) {
    const entry = score(problem.rule);
    entry.known++;
    if (isFound(found, problem)) entry.knownFound++;
    else result.missedKnown.push(problem);
  }
  result.rules = [...scores.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  return result;
}

/** The precision each severity must reach on the labelled findings. */
export const TARGETS: Readonly<Record<string, number>> = { error: 0.95, warning: 0.95, information: 0.85 };

export function precision(score: RuleScore): number | null {
  const labelled = score.right + score.wrong;
  return labelled === 0 ? null : score.right / labelled;
}

export const CORPUS = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'corpus');
export const LABELS = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'accuracy.json');
