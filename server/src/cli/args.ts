import { parseArgs } from 'node:util';

export type Format = 'stylish' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export type ReportFormat = 'csv' | 'json' | 'xlsx' | 'html';
const REPORT_FORMATS: readonly ReportFormat[] = ['csv', 'json', 'xlsx', 'html'];
/** The report's filters, as the portfolio's: each narrows the rows to the documents that have that value. */
const FILTER_OPTIONS = ['kind', 'form', 'country', 'year', 'sdg', 'method', 'readiness', 'search'] as const;

export type Command =
  | {
      command: 'check';
      paths: string[];
      format: Format;
      fix: boolean;
      config: string | null;
      locale: string;
      color: boolean;
    }
  | {
      command: 'report';
      paths: string[];
      format: ReportFormat;
      output: string | null;
      config: string | null;
      locale: string;
      /** The filter as written; the report reads it as the portfolio's filter. */
      filter: Record<string, string | number>;
    }
  | { command: 'rules'; locale: string }
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: learning-plans check [PATH...] [options]
       learning-plans report [PATH...] [--format csv|json|xlsx|html] [--output FILE] [filters]
       learning-plans rules
       learning-plans --help | --version

Checks UNDP Accelerator Lab action learning plans, experiments, solutions and toolkit cards
(.md, .markdown and .txt files; folders are searched recursively, skipping node_modules and
dot-folders). Other Markdown files are left alone.

Options of check:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
      --fix                          apply every safe fix to the files, then report what is left
      --no-color                     plain output (also when NO_COLOR is set or output is not a terminal)

Options of report (the portfolio: one row per document, as the editor's Show Portfolio lists them):
  -f, --format <csv|json|xlsx|html>  csv (default), json, xlsx (a workbook: needs --output or a pipe), or
                                     html (one page with the table and the charts, to share as it is)
  -o, --output <file>                write to the file (replaced whole, never left half-written)
      --kind, --form, --country, --year, --sdg, --method, --readiness <value>, --search <words>
                                     only the documents with that value (readiness: ready, blocked, none)

Options of both:
  -c, --config <file>                configuration file (default: the nearest .learningplans.yaml)
      --locale <en|es|fr|pt>         language of the messages (default: from LANG, else en)
  -h, --help                         show this help
  -v, --version                      show the version

Exit status of check: 0 no errors, 1 errors found, 2 bad usage, an unreadable file or configuration, or an
internal failure. Of report: 0 written, 2 bad usage, an unreadable file, or an output that could not be written.
`;

/** Reads the command line; a mistake throws UsageError with a message for the user. */
export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv, isTty: boolean): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        ...Object.fromEntries(FILTER_OPTIONS.map((name) => [name, { type: 'string' as const }])),
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command = 'help', ...paths] = positionals;
  const locale = (values.locale ?? localeFromEnv(env)).slice(0, 2).toLowerCase();
  if (command === 'rules') return { command: 'rules', locale };
  if (command === 'report') return reportCommand(values, paths, locale);
  if (command !== 'check')
    throw new UsageError(
      `Unknown command "${command}". Use "learning-plans check [PATH...]" or "learning-plans report [PATH...]".`,
    );
  const misplaced = ['output', ...FILTER_OPTIONS].find(
    (name) => values[name as keyof typeof values] !== undefined,
  );
  if (misplaced) throw new UsageError(`--${misplaced} is an option of report, not of check.`);
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`Unknown format "${values.format}": use stylish, json or sarif.`);
  const color = values['no-color'] ? false : (values.color ?? (isTty && !env.NO_COLOR));
  return {
    command: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    fix: values.fix ?? false,
    config: values.config ?? null,
    locale,
    color,
  };
}

type Values = Record<string, string | boolean | undefined>;

function reportCommand(
  values: Values,
  paths: string[],
  locale: string,
): Extract<Command, { command: 'report' }> {
  const format = (values.format ?? 'csv') as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new UsageError(`Unknown report format "${String(values.format)}": use csv, json, xlsx or html.`);
  if (values.fix) throw new UsageError('--fix is an option of check, not of report.');
  const output = typeof values.output === 'string' ? values.output : null;
  if (output === '') throw new UsageError('--output needs a file name.');
  return {
    command: 'report',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    output,
    config: typeof values.config === 'string' ? values.config : null,
    locale,
    filter: reportFilter(values),
  };
}

function reportFilter(values: Values): Record<string, string | number> {
  const filter: Record<string, string | number> = {};
  for (const name of FILTER_OPTIONS) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (name === 'sdg') {
      const goal = Number(value);
      if (!Number.isInteger(goal) || goal < 1 || goal > 17)
        throw new UsageError(`--sdg takes a goal's number, 1 to 17, not "${value}".`);
      filter.sdg = goal;
    } else if (name === 'readiness' && !['ready', 'blocked', 'none'].includes(value)) {
      throw new UsageError(`--readiness takes ready, blocked or none, not "${value}".`);
    } else filter[name === 'search' ? 'text' : name] = value;
  }
  return filter;
}

function localeFromEnv(env: NodeJS.ProcessEnv): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en';
}
