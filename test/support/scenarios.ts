/**
 * The scenario table: small workspaces (documents, `.learningplans.yaml` files, an edit to make) with the findings
 * each document must get, run in-process, through the command line and through the server, which must all agree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, isDocumentName, type Finding } from '../../server/src/service/internals';
import { ROOT } from './docs';
import { MemoryHost } from './memoryHost';

export const SCENARIOS = join(ROOT, 'test', 'fixtures', 'scenarios');

export interface Scenario {
  name: string;
  folder: string;
  /** Every file of the workspace by its path relative to the folder, with `/` separators. */
  files: Record<string, string>;
  /** The documents among them. */
  documents: string[];
  /** A text replacement to make in one document (and undo), for the editor's run. */
  edit?: { file: string; from: string; to: string };
  /** What each document must get: `rule severity line:character-line:character`, sorted. */
  expected: Record<string, string[]>;
}

/** Findings by document path, each as `rule severity range`: what the three runs compare. */
export type FindingsByPath = Record<string, string[]>;

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export function key(finding: { rule: string; severity: string | number; range: Finding['range'] }): string {
  const severity = typeof finding.severity === 'number' ? SEVERITIES[finding.severity - 1] : finding.severity;
  const { start, end } = finding.range;
  return `${finding.rule} ${severity} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

export function sorted(byPath: FindingsByPath): FindingsByPath {
  return Object.fromEntries(
    Object.keys(byPath)
      .sort()
      .map((path) => [path, [...(byPath[path] ?? [])].sort()]),
  );
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIOS)
    .sort()
    .map((name) => {
      const folder = join(SCENARIOS, name);
      const files: Record<string, string> = {};
      for (const path of walk(folder)) {
        const path_ = relative(folder, path).split(sep).join('/');
        if (path_ !== 'scenario.json' && path_ !== 'expected.json') files[path_] = readFileSync(path, 'utf8');
      }
      const settings = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8')) as Pick<
        Scenario,
        'edit'
      >;
      const expectedPath = join(folder, 'expected.json');
      return {
        name,
        folder,
        files,
        documents: Object.keys(files).filter(isDocumentName).sort(),
        ...settings,
        expected: existsSync(expectedPath)
          ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as FindingsByPath)
          : {},
      };
    });
}

export function uriOf(scenario: Scenario, path: string): string {
  return pathToFileURL(join(scenario.folder, path)).href;
}

/** The text of the edited document, after the scenario's edit. */
export function editedText(scenario: Scenario): string {
  const { file, from, to } = scenario.edit!;
  const text = scenario.files[file]!;
  if (!text.includes(from)) throw new Error(`${scenario.name}: ${file} does not contain ${from}`);
  return text.replace(from, to);
}

/** The findings of every document, from the language service run in-process on the scenario held in memory. */
export async function inProcess(
  scenario: Scenario,
  changes: Record<string, string> = {},
): Promise<FindingsByPath> {
  const host = new MemoryHost();
  for (const [path, text] of Object.entries({ ...scenario.files, ...changes }))
    host.files.set(uriOf(scenario, path), text);
  const service = createLanguageService(host);
  await service.scanFolders([pathToFileURL(scenario.folder).href]);
  const result: FindingsByPath = {};
  for (const path of scenario.documents)
    result[path] = (await service.findings(uriOf(scenario, path))).map(key);
  return sorted(result);
}
