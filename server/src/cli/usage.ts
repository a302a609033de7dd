import type { Localize } from '../service';

/** The widest a line of the help may be, and where the options' descriptions start. */
const WIDTH = 100;
const DESCRIPTION_COLUMN = 37;

/** `learning-plans --help`, in the language of `t`: only the commands, options and values stay as they are typed. */
export function usage(t: Localize): string {
  return (
    [
      synopsis(t),
      paragraph(
        t(
          'Checks UNDP Accelerator Lab action learning plans, experiments, solutions and toolkit cards (.md, .markdown and .txt files; folders are searched recursively, skipping node_modules and dot-folders). Other Markdown files are left alone.',
        ),
      ),
      checkOptions(t),
      reportOptions(t),
      commonOptions(t),
      paragraph(
        t(
          'Exit status of check: 0 no errors, 1 errors found, 2 bad usage, an unreadable file or configuration, or an internal failure. Of report: 0 written, 2 bad usage, an unreadable file, or an output that could not be written.',
        ),
      ),
    ].join('\n\n') + '\n'
  );
}

function synopsis(t: Localize): string {
  const usageWord = t('Usage:');
  const indent = ' '.repeat(usageWord.length + 1);
  const paths = `[${t('PATH')}...]`;
  return [
    `${usageWord} learning-plans check ${paths} [${t('options')}]`,
    `${indent}learning-plans report ${paths} [--format csv|json|xlsx|html] [--output ${t('FILE')}] [${t('filters')}]`,
    `${indent}learning-plans rules`,
    `${indent}learning-plans --help | --version`,
  ].join('\n');
}

function checkOptions(t: Localize): string {
  return [
    t('Options of check:'),
    option('-f, --format <stylish|json|sarif>', t('output format (default: stylish)')),
    option('    --fix', t('apply every safe fix to the files, then report what is left')),
    option('    --no-color', t('plain output (also when NO_COLOR is set or output is not a terminal)')),
  ].join('\n');
}

function reportOptions(t: Localize): string {
  return [
    paragraph(
      t(
        "Options of report (the portfolio: one row per document, as the editor's Show Portfolio lists them):",
      ),
    ),
    option(
      '-f, --format <csv|json|xlsx|html>',
      t(
        'csv (default), json, xlsx (a workbook: needs --output or a pipe), or html (one page with the table and the charts, to share as it is)',
      ),
    ),
    option(`-o, --output <${t('file')}>`, t('write to the file (replaced whole, never left half-written)')),
    option(
      `    --kind, --form, --country, --year, --sdg, --method, --readiness <${t('value')}>, --search <${t('words')}>`,
      t('only the documents with that value (readiness: ready, blocked, none)'),
    ),
  ].join('\n');
}

function commonOptions(t: Localize): string {
  return [
    t('Options of both:'),
    option(`-c, --config <${t('file')}>`, t('configuration file (default: the nearest .learningplans.yaml)')),
    option(
      '    --locale <en|es|fr|pt>',
      t('language of every message, this help included (default: from LC_ALL, LC_MESSAGES or LANG, else en)'),
    ),
    option('-h, --help', t('show this help')),
    option('-v, --version', t('show the version')),
  ].join('\n');
}

/** An option's line: its syntax, then its description in a column (below the syntax when that is too wide). */
function option(syntax: string, description: string): string {
  const lines = wrap(description, WIDTH - DESCRIPTION_COLUMN);
  const head = `  ${syntax}`;
  const pad = ' '.repeat(DESCRIPTION_COLUMN);
  const first =
    head.length < DESCRIPTION_COLUMN - 1 ? [head.padEnd(DESCRIPTION_COLUMN) + lines.shift()] : [head];
  return [...first, ...lines.map((line) => pad + line)].join('\n');
}

function paragraph(text: string): string {
  return wrap(text, WIDTH).join('\n');
}

/**
 * A paragraph in lines of at most `width` characters, broken between words; never before French punctuation that
 * follows a space (` :`, ` »`) nor after `«`.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<!«) (?![:;!?»])/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
