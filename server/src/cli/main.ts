import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeHost } from '../hosts/nodeFiles';
import {
  createLanguageService,
  createLocalize,
  ruleCatalogue,
  type ConfigFile,
  type LanguageService,
  type Localize,
} from '../service';
import { parseCommand, requestedLocale, UsageError, type Command } from './args';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { prefetch } from './prefetch';
import type { CliIo } from './io';
import { runReport } from './reportRun';

export type { CliIo } from './io';
import { readDocument, withBom, type ReadOutcome } from './readDocument';
import type { FileReport } from './report';
import { severityWord } from './severity';
import { usage } from './usage';
import { collectFiles } from './walk';
import { writeFixes } from './safeWrite';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_TROUBLE = 2;

/** The translated languages as SARIF names them (RFC 5646): the Portuguese bundle is Brazilian Portuguese. */
const SARIF_LANGUAGES: Readonly<Record<string, string>> = { es: 'es', fr: 'fr', pt: 'pt-BR' };

type CheckCommand = Extract<Command, { command: 'check' }>;

/** The command line's whole job; returns the exit status. Never throws for a user's mistake. */
export async function main(io: CliIo): Promise<number> {
  // Every word the user reads is in the language they asked for, from the first: a usage mistake too.
  const t = createLocalize(io.bundles?.[requestedLocale(io.argv, io.env)]);
  let command: Command;
  try {
    command = parseCommand(io.argv, io.env, io.isTty, t);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`learning-plans: ${error.message}\n\n${usage(t)}`);
    return EXIT_TROUBLE;
  }
  switch (command.command) {
    case 'help':
      io.stdout(usage(t));
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    case 'rules':
      io.stdout(listRules(t));
      return EXIT_OK;
    case 'check':
      return new CheckRun(command, io).run();
    case 'report':
      return runReport(command, io);
  }
}

/**
 * `learning-plans rules`: one line per rule, its severity and description in the chosen language; the id and the
 * name, which a configuration names it by, as they are written.
 */
function listRules(t: Localize): string {
  const severities = (['error', 'warning', 'information', 'hint'] as const).map((severity) =>
    severityWord(severity, t),
  );
  const width = Math.max(...severities.map((word) => word.length)) + 1;
  return (
    ruleCatalogue(t)
      .map(
        (rule) =>
          `${rule.id}  ${rule.name.padEnd(32)} ${severityWord(rule.defaultSeverity, t).padEnd(width)} ${rule.description}`,
      )
      .join('\n') + '\n'
  );
}

/** One `check`: the files are read (and fixed) one after the other, then reported together. */
class CheckRun {
  private trouble = false;
  private fixed = 0;
  /** A file changed on disk while it was being fixed: its fixes were not written. */
  private changedOnDisk = false;
  private readonly configs: ConfigFile[] = [];
  /** The files read so far, by device and inode: a file under two names is checked (and fixed) once. */
  private readonly identities = new Set<string>();
  /** Each checked document's path, by its URI. */
  private readonly paths = new Map<string, string>();
  private readonly t: Localize;
  private readonly service: LanguageService;
  /** The working folder with a separator after it, when it is written as Node would resolve it. */
  private readonly cwdPrefix: string | null;

  constructor(
    private readonly command: CheckCommand,
    private readonly io: CliIo,
  ) {
    this.t = createLocalize(io.bundles?.[command.locale]);
    this.cwdPrefix = resolve(io.cwd) === io.cwd ? io.cwd.replace(/[\\/]?$/, sep) : null;
    const year = io.currentYear;
    this.service = createLanguageService(
      nodeHost(() => undefined, year ? () => new Date(Date.UTC(year, 6, 1)) : undefined, this.t),
      {
        t: this.t,
        locale: command.locale,
        configUri: command.config ? pathToFileURL(resolve(io.cwd, command.config)).href : null,
        onConfigRead: (file) => this.configs.push(file),
        // The report lists findings: no document's readiness is shown.
        readiness: false,
        onRuleFailure: (uri, rule, error) => {
          const detail = (error as Error)?.stack ?? String(error);
          this.io.stderr(
            `learning-plans: ${this.shown(uri)}: ${this.t('rule {0} failed: {1}', rule, detail)}\n`,
          );
          this.trouble = true;
        },
      },
    );
  }

  async run(): Promise<number> {
    const walked = await collectFiles(
      this.command.paths.map((path) => resolve(this.io.cwd, path)),
      this.t,
    );
    for (const problem of walked.problems) this.complain(`${this.display(problem.path)}: ${problem.message}`);
    const checked: string[] = [];
    const read = (file: string) => readDocument(file, this.command.fix, this.t);
    for await (const [path, outcome] of prefetch(walked.files, read)) {
      const uri = await this.read(path, outcome);
      if (uri) checked.push(uri);
    }
    const reports = await Promise.all(checked.map((uri) => this.report(uri)));
    for (const config of this.configs) this.reportConfig(config);
    this.io.stdout(this.render(reports));
    if (this.command.fix && this.fixed > 0)
      this.io.stderr(`learning-plans: ${this.t('applied {0} fixes', this.fixed)}\n`);
    if (this.trouble) return EXIT_TROUBLE;
    if (this.changedOnDisk) return EXIT_ERRORS;
    const errors = reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
    return errors ? EXIT_ERRORS : EXIT_OK;
  }

  /** Gives one file to the service, fixed first when asked; its URI, or null when it was not checked. */
  private async read(path: string, read: ReadOutcome): Promise<string | null> {
    // The path as shown is worked out only for a message: most files have none.
    if (!read.ok) {
      const message = read.reason === 'binary' ? this.t('skipped: {0}', read.message) : read.message;
      this.io.stderr(`learning-plans: ${this.display(path)}: ${message}\n`);
      if (read.reason === 'unreadable') this.trouble = true;
      return null;
    }
    if (!read.validUtf8) {
      const note = this.command.fix
        ? this.t('not valid UTF-8; checked with replacement characters, not fixed')
        : this.t('not valid UTF-8; checked with replacement characters');
      this.io.stderr(`learning-plans: ${this.display(path)}: ${note}\n`);
    }
    if (this.identities.has(read.identity)) return null;
    this.identities.add(read.identity);
    const uri = pathToFileURL(path).href;
    this.paths.set(uri, path);
    const text = this.command.fix && read.validUtf8 ? await this.fix(path, uri, read) : read.text;
    await this.service.addFile(uri, text);
    return uri;
  }

  /**
   * Applies every safe fix and writes the file, unless it changed on disk since it was read or its user could not
   * write it; the text as it now stands.
   */
  private async fix(path: string, uri: string, read: Extract<ReadOutcome, { ok: true }>): Promise<string> {
    const result = await this.service.fixAll(uri, read.text);
    if (result.text === read.text) return read.text;
    const written = await writeFixes(path, read.bytes!, withBom(result.text, read.bom), this.t);
    if (written.written) {
      this.fixed += result.applied;
      return result.text;
    }
    this.io.stderr(`learning-plans: ${this.display(path)}: ${written.message}
`);
    if (written.reason === 'changed') this.changedOnDisk = true;
    else this.trouble = true;
    return read.text;
  }

  private async report(uri: string): Promise<FileReport> {
    const findings = await this.service.findings(uri);
    const described = this.service.describe(uri);
    return {
      path: this.shown(uri),
      kind: described?.kind ?? 'other',
      form: described?.form ?? null,
      diagnostics: findings.map(({ rule, name, severity, message, range, related }) => ({
        rule,
        name,
        severity,
        message,
        range,
        ...(related
          ? {
              related: related.map((place) => ({
                ...(place.uri && place.uri !== uri ? { path: this.shown(place.uri) } : {}),
                range: place.range,
                message: place.message,
              })),
            }
          : {}),
      })),
    };
  }

  private reportConfig(config: ConfigFile): void {
    const path = this.shown(config.uri);
    if (config.unreadable) {
      this.complain(`${path}: ${this.t('cannot read the configuration: {0}', config.unreadable)}`);
      return;
    }
    for (const { message, range } of config.problems) {
      this.complain(`${path}:${range.start.line + 1}:${range.start.character + 1}: ${message}`);
    }
  }

  private render(reports: readonly FileReport[]): string {
    switch (this.command.format) {
      case 'json':
        return formatJson(reports);
      case 'sarif':
        return formatSarif(reports, ruleCatalogue(this.t), {
          version: this.io.version,
          informationUri: this.io.rulesDocUrl.replace(/\/docs\/rules\.md$/, ''),
          rulesDocUrl: this.io.rulesDocUrl,
          language:
            (this.io.bundles?.[this.command.locale] && SARIF_LANGUAGES[this.command.locale]) ?? 'en-US',
        });
      case 'stylish':
        return formatStylish(reports, { color: this.command.color, t: this.t });
    }
  }

  private complain(message: string): void {
    this.io.stderr(`learning-plans: ${message}\n`);
    this.trouble = true;
  }

  /** A URI as the user would type its path: relative to the working folder when inside it. */
  private shown(uri: string): string {
    return this.display(this.paths.get(uri) ?? fileURLToPath(uri));
  }

  private display(path: string): string {
    // Most files are below the working folder, as the walk spelt them: what follows the folder is the relative path.
    if (this.cwdPrefix !== null && path.startsWith(this.cwdPrefix) && path.length > this.cwdPrefix.length) {
      const rest = path.slice(this.cwdPrefix.length);
      if (!/(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/]{2}/.test(rest)) return rest;
    }
    const shown = relative(this.io.cwd, path);
    return shown === '' || shown.startsWith('..') ? path : shown;
  }
}
