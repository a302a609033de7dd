import type { Localize } from './l10n';
import type { YamlProblem } from './model';

/** The problems of ours, beside the YAML library's codes. */
export const NOT_CLOSED = 'NOT_CLOSED';
export const REPEATED_KEY = 'REPEATED_KEY';

/**
 * Each problem an author is likely to make, said in their words with what to do, in the display language. The
 * library's messages ("Nested mappings are not allowed in compact mappings") say what the parser met, in English.
 */
const MESSAGES: Readonly<Record<string, (t: Localize) => string>> = {
  [NOT_CLOSED]: (t) => t('The front matter is not closed by a `---` line.'),
  [REPEATED_KEY]: (t) => t('This key is given twice.'),
  TAB_AS_INDENT: (t) => t('A tab indents this line: indent with spaces.'),
  BLOCK_AS_IMPLICIT_KEY: (t) =>
    t(
      'This value cannot be read: a value with ": " in it needs quotes, and a list is indented under its key.',
    ),
  MULTILINE_IMPLICIT_KEY: (t) => t('A key needs ": " (a colon and a space) after it, on the same line.'),
  MISSING_CHAR: (t) => t('A closing bracket, or the colon after a key, is missing.'),
  BAD_INDENT: (t) =>
    t('This line is not indented as the lines around it, or a `[` or `{` before it is not closed.'),
  BAD_SCALAR_START: (t) => t('This value starts with a character YAML reserves: put the value in quotes.'),
  BAD_DQ_ESCAPE: (t) =>
    t(
      'A backslash in double quotes starts an escape YAML does not know: write it twice, or use single quotes.',
    ),
  UNEXPECTED_TOKEN: (t) => t('Text follows a complete value: put the whole value in quotes.'),
  MULTIPLE_DOCS: (t) => t('A `---` line starts a second document here: the file holds one.'),
};

export function yamlProblemMessage(problem: YamlProblem, t: Localize): string {
  // The library tells a missing quote from a missing bracket only in its words; it reports the quote at the end.
  if (problem.code === 'MISSING_CHAR' && /\bquote\b/.test(problem.detail))
    return t('A quoted value is not closed: its closing quote is missing.');
  return MESSAGES[problem.code]?.(t) ?? t('YAML cannot read this: {0}', problem.detail);
}

/** A problem as the YAML library reports it: its code, and the first line of its message. */
export function libraryProblem(error: { code: string; message: string }): YamlProblem {
  return { code: error.code, detail: error.message.split('\n')[0] ?? error.message };
}
