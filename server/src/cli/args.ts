import { parseArgs } from 'node:util';

export type Format = 'stylish' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

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
  | { command: 'rules'; locale: string }
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: learning-plans check [PATH...] [options]
       learning-plans rules
       learning-plans --help | --version

Checks UNDP Accelerator Lab action learning plans, experiments, solutions and toolkit cards
(.md, .markdown and .txt files; folders are searched recursively, skipping node_modules and
dot-folders). Other Markdown files are left alone.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
      --fix                          apply every safe fix to the files, then report what is left
  -c, --config <file>                configuration file (default: the nearest .learningplans.yaml)
      --locale <en|es|fr|pt>         language of the messages (default: from LANG, else en)
      --no-color                     plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                         show this help
  -v, --version                      show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage, an unreadable file or configuration, or an internal failure.
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
  if (command !== 'check')
    throw new UsageError(`Unknown command "${command}". Use "learning-plans check [PATH...]".`);
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

function localeFromEnv(env: NodeJS.ProcessEnv): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en';
}
