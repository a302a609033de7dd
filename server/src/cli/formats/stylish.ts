import type { Localize, Severity } from '../../service';
import { summarize, type FileReport } from '../report';
import { severityWord } from '../severity';

export interface StylishOptions {
  color: boolean;
  t: Localize;
}

const COLORS: Record<Severity | 'dim' | 'bold', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  information: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
};
const RESET = '\x1b[0m';

/**
 * One line per finding, `path:line:col severity rule message` (1-based, as editors and terminals link them), then a
 * summary; the severity and the summary in the language of `t`.
 */
export function formatStylish(files: readonly FileReport[], { color, t }: StylishOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    color ? `${COLORS[style]}${text}${RESET}` : text;
  const lines: string[] = [];
  for (const file of files) {
    for (const { range, severity, rule, name, message } of file.diagnostics) {
      const where = `${file.path}:${range.start.line + 1}:${range.start.character + 1}`;
      lines.push(
        `${where} ${paint(severity, severityWord(severity, t))} ${paint('dim', `${rule} ${name}`)} ${message}`,
      );
    }
  }
  const summary = summarize(files);
  const problems = summary.errors + summary.warnings + summary.information + summary.hints;
  const fileCount = counted(summary.files, t('1 file'), t('{0} files', summary.files));
  if (problems === 0) {
    lines.push(t('No problems in {0}.', fileCount));
  } else {
    if (lines.length > 0) lines.push('');
    const bySeverity = [
      counted(summary.errors, t('1 error'), t('{0} errors', summary.errors)),
      counted(summary.warnings, t('1 warning'), t('{0} warnings', summary.warnings)),
      counted(summary.information, t('1 information'), t('{0} information', summary.information)),
      counted(summary.hints, t('1 hint'), t('{0} hints', summary.hints)),
    ].join(', ');
    const all = counted(problems, t('1 problem'), t('{0} problems', problems));
    lines.push(paint('bold', t('{0} ({1}) in {2}.', all, bySeverity, fileCount)));
  }
  return lines.join('\n') + '\n';
}

/** A count with its noun: the singular for one. */
function counted(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}
