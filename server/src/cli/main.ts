import { relative } from 'node:path';
import {
  checkDocument,
  crossDocumentFindings,
  indexEntry,
  type IndexEntry,
  createLocalize,
  fixAll,
  parseDocument,
  resolveSettings,
  RULES,
  type Localize,
  type MessageBundle,
  type ResolvedSettings,
  withExtraForms,
} from '../service';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { ConfigLoader } from './configLoader';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { prefetch } from './prefetch';
import { readDocument, withBom } from './readDocument';
import type { FileReport } from './report';
import { collectFiles } from './walk';
import { writeFixes } from './safeWrite';

export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  rulesDocUrl: string;
  bundles?: Readonly<Record<string, MessageBundle>>;
  currentYear?: number;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_TROUBLE = 2;

/** The command line's whole job; returns the exit status. Never throws for a user's mistake. */
export async function main(io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(io.argv, io.env, io.isTty);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`learning-plans: ${error.message}\n\n${USAGE}`);
    return EXIT_TROUBLE;
  }
  switch (command.command) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    case 'rules':
      io.stdout(
        RULES.map(
          (rule) =>
            `${rule.id}  ${rule.name.padEnd(32)} ${rule.defaultSeverity.padEnd(12)} ${rule.description}`,
        ).join('\n') + '\n',
      );
      return EXIT_OK;
    case 'check':
      return check(command, io);
  }
}

async function check(command: Extract<Command, { command: 'check' }>, io: CliIo): Promise<number> {
  const t = createLocalize(io.bundles?.[command.locale]);
  let trouble = false;
  const walked = await collectFiles(command.paths);
  for (const problem of walked.problems) {
    io.stderr(`learning-plans: ${problem.path}: ${problem.message}\n`);
    trouble = true;
  }
  const configs = new ConfigLoader(command.config, t);
  const reports: FileReport[] = [];
  /** Summaries of the checked documents, for the rules that compare documents (the whole folder is the workspace). */
  const entries: IndexEntry[] = [];
  let lastSettings: ResolvedSettings | undefined;
  let fixed = 0;
  let changedOnDisk = false;
  for await (const [path, read] of prefetch(walked.files, readDocument)) {
    const shown = displayPath(path, io.cwd);
    if (!read.ok) {
      io.stderr(`learning-plans: ${shown}: ${read.reason === 'binary' ? 'skipped: ' : ''}${read.message}\n`);
      if (read.reason === 'unreadable') trouble = true;
      continue;
    }
    if (!read.validUtf8)
      io.stderr(
        `learning-plans: ${shown}: not valid UTF-8; checked with replacement characters${command.fix ? ', not fixed' : ''}\n`,
      );
    const config = await configs.forDocument(path);
    const settings = resolveSettings(config?.settings, {
      t,
      ...(io.currentYear ? { currentYear: io.currentYear } : {}),
    });
    let text = read.text;
    if (command.fix && read.validUtf8) {
      const result = fixAll(text, settings);
      if (result.text !== text) {
        const written = await writeFixes(path, read.bytes, withBom(result.text, read.bom));
        if (written.written) {
          text = result.text;
          fixed += result.applied;
        } else {
          io.stderr(`learning-plans: ${shown}: ${written.message}\n`);
          if (written.reason === 'changed') changedOnDisk = true;
          else trouble = true;
        }
      }
    }
    const checked = checkText(shown, text, settings, (rule, error) => {
      io.stderr(
        `learning-plans: ${shown}: rule ${rule} failed: ${(error as Error)?.stack ?? String(error)}\n`,
      );
      trouble = true;
    });
    reports.push(checked.report);
    if (checked.entry) entries.push(checked.entry);
    lastSettings = settings;
  }
  addCrossDocumentFindings(reports, entries, lastSettings ?? resolveSettings({}, { t }));
  for (const config of configs.files()) trouble = reportConfig(config, io) || trouble;
  io.stdout(render(command, reports, io, t));
  if (command.fix && fixed > 0) io.stderr(`learning-plans: ${t('applied {0} fixes', fixed)}\n`);
  if (trouble) return EXIT_TROUBLE;
  if (changedOnDisk) return EXIT_ERRORS;
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'))
    ? EXIT_ERRORS
    : EXIT_OK;
}

export function checkText(
  path: string,
  text: string,
  settings: ResolvedSettings,
  onFailure: (rule: string, error: unknown) => void,
): { report: FileReport; entry: IndexEntry | null } {
  const doc = withExtraForms(parseDocument(text), settings.forms);
  const result = checkDocument(doc, settings);
  for (const failure of result.failures) onFailure(failure.rule, failure.error);
  const report: FileReport = {
    path,
    kind: doc.kind,
    form: doc.form,
    diagnostics: result.findings.map(({ rule, name, severity, message, range }) => ({
      rule,
      name,
      severity,
      message,
      range,
    })),
  };
  return { report, entry: doc.kind === 'other' ? null : indexEntry(path, doc) };
}

function reportConfig(
  config: {
    path: string;
    problems: { message: string; range: { start: { line: number; character: number } } }[];
    unreadable?: string;
  },
  io: CliIo,
): boolean {
  if (config.unreadable) {
    io.stderr(`learning-plans: ${config.path}: cannot read the configuration: ${config.unreadable}\n`);
    return true;
  }
  for (const problem of config.problems) {
    const { line, character } = problem.range.start;
    io.stderr(
      `learning-plans: ${displayPath(config.path, io.cwd)}:${line + 1}:${character + 1}: ${problem.message}\n`,
    );
  }
  return config.problems.length > 0;
}

function render(
  command: Extract<Command, { command: 'check' }>,
  reports: readonly FileReport[],
  io: CliIo,
  t: Localize,
): string {
  switch (command.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, RULES, {
        version: io.version,
        informationUri: io.rulesDocUrl.replace(/\/docs\/rules\.md$/, ''),
        rulesDocUrl: io.rulesDocUrl,
      });
    case 'stylish':
      return formatStylish(reports, { color: command.color, t });
  }
}

function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

/** The findings that compare documents, added to each file's report in order. */
function addCrossDocumentFindings(
  reports: FileReport[],
  entries: readonly IndexEntry[],
  settings: ResolvedSettings,
): void {
  const cross = crossDocumentFindings(entries, settings);
  for (const report of reports) {
    const findings = cross.get(report.path);
    if (!findings) continue;
    report.diagnostics.push(
      ...findings.map(({ rule, name, severity, message, range }) => ({
        rule,
        name,
        severity,
        message,
        range,
      })),
    );
    report.diagnostics.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  }
}
