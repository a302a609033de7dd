import { parseArgs, type ParseArgsConfig } from 'node:util';
import { english, type Localize } from '../service';

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

const OPTIONS = {
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
} satisfies ParseArgsConfig['options'];

/**
 * The language the user asked for, by its first two letters (`pt-BR`, `pt_BR.UTF-8` → `pt`): `--locale`, else the
 * environment's LC_ALL, LC_MESSAGES or LANG, else English. Read before the rest of the command line, so that even a
 * mistake in it is told in that language.
 */
export function requestedLocale(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  // Looked for by hand: in `check --format --locale pt`, the parser would take `--locale` for the format.
  let asked: string | null = null;
  for (let index = 0; index < argv.length && argv[index] !== '--'; index++) {
    const arg = argv[index]!;
    if (arg.startsWith('--locale=')) asked = arg.slice('--locale='.length);
    else if (arg === '--locale' && argv[index + 1] !== undefined && !argv[index + 1]!.startsWith('-'))
      asked = argv[++index]!;
  }
  return (asked || localeFromEnv(env)).slice(0, 2).toLowerCase();
}

/** Reads the command line; a mistake throws UsageError with a message for the user, in the language of `t`. */
export function parseCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  isTty: boolean,
  t: Localize = english,
): Command {
  const parsed = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  for (const token of parsed.tokens) if (token.kind === 'option') checkOption(token, t);
  const values = parsed.values as Values;
  const { positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command = 'help', ...paths] = positionals;
  const locale = requestedLocale(argv, env);
  if (command === 'rules') return { command: 'rules', locale };
  if (command === 'report') return reportCommand(values, paths, locale, t);
  if (command !== 'check')
    throw new UsageError(t('Unknown command "{0}": use check, report or rules.', command));
  const misplaced = ['output', ...FILTER_OPTIONS].find((name) => values[name] !== undefined);
  if (misplaced) throw new UsageError(t('{0} is an option of report, not of check.', `--${misplaced}`));
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(t('Unknown format "{0}": use stylish, json or sarif.', String(values.format)));
  const color = values['no-color']
    ? false
    : ((values.color as boolean | undefined) ?? (isTty && !env.NO_COLOR));
  return {
    command: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    fix: values.fix === true,
    config: typeof values.config === 'string' ? values.config : null,
    locale,
    color,
  };
}

/** An option as the command line gives it (`parseArgs`' token). */
interface OptionToken {
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

/** An option the command line knows, with a value when it takes one and none when it does not. */
function checkOption(token: OptionToken, t: Localize): void {
  const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : null;
  if (!option)
    throw new UsageError(
      t('Unknown option {0} (a path that starts with a dash goes at the end, after --).', token.rawName),
    );
  if (option.type === 'boolean') {
    if (token.value !== undefined) throw new UsageError(t('{0} takes no value.', token.rawName));
    return;
  }
  if (token.value === undefined) throw new UsageError(t('{0} needs a value.', token.rawName));
  // `--format --fix`: an option where the value should be is taken for a forgotten value.
  if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-'))
    throw new UsageError(
      t(
        '{0} needs a value, and {1} is an option; write a value that starts with a dash as {2}.',
        token.rawName,
        token.value,
        `--${token.name}=${token.value}`,
      ),
    );
}

type Values = Record<string, string | boolean | undefined>;

function reportCommand(
  values: Values,
  paths: string[],
  locale: string,
  t: Localize,
): Extract<Command, { command: 'report' }> {
  const format = (values.format ?? 'csv') as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new UsageError(
      t('Unknown report format "{0}": use csv, json, xlsx or html.', String(values.format)),
    );
  if (values.fix) throw new UsageError(t('{0} is an option of check, not of report.', '--fix'));
  const output = typeof values.output === 'string' ? values.output : null;
  if (output === '') throw new UsageError(t('{0} needs a file name.', '--output'));
  return {
    command: 'report',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    output,
    config: typeof values.config === 'string' ? values.config : null,
    locale,
    filter: reportFilter(values, t),
  };
}

function reportFilter(values: Values, t: Localize): Record<string, string | number> {
  const filter: Record<string, string | number> = {};
  for (const name of FILTER_OPTIONS) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (name === 'sdg') {
      const goal = Number(value);
      if (!Number.isInteger(goal) || goal < 1 || goal > 17)
        throw new UsageError(t('{0} takes a goal\'s number, 1 to 17, not "{1}".', '--sdg', value));
      filter.sdg = goal;
    } else if (name === 'readiness' && !['ready', 'blocked', 'none'].includes(value)) {
      throw new UsageError(t('{0} takes ready, blocked or none, not "{1}".', '--readiness', value));
    } else filter[name === 'search' ? 'text' : name] = value;
  }
  return filter;
}

function localeFromEnv(env: NodeJS.ProcessEnv): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en';
}
