import type { ParsedDocument } from './model';
import type { Finding } from './rules/types';

const DIRECTIVE = /<!--\s*learning-plans-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->/g;

/** A comment that silences rules from its line on, or on the next line. */
export interface Directive {
  line: number;
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file';
  /** Rule ids or names; empty means every rule. */
  rules: string[];
}

/**
 * Drops the findings that the document's comments silence:
 * `<!-- learning-plans-disable LP012 -->` … `<!-- learning-plans-enable LP012 -->`, and
 * `<!-- learning-plans-disable-next-line LP050 -->`, and `<!-- learning-plans-disable-file LP070 -->` anywhere for the
 * whole document (where the finding sits on the title, as the findings across documents do). Without rule ids a
 * comment applies to every rule.
 */
export function applySuppressions(doc: ParsedDocument, findings: Finding[]): Finding[] {
  const directives = readDirectives(doc);
  if (directives.length === 0) return findings;
  return findings.filter((finding) => !isSuppressed(finding, directives));
}

export function readDirectives(doc: ParsedDocument): Directive[] {
  if (!doc.text.includes('learning-plans-')) return [];
  const directives: Directive[] = [];
  doc.lines.forEach((text, line) => {
    if (!text.includes('<!--')) return;
    for (const match of text.matchAll(DIRECTIVE)) {
      const rules = (match[2] ?? '').split(/[\s,]+/).filter((rule) => rule !== '');
      directives.push({ line, kind: match[1] as Directive['kind'], rules });
    }
  });
  return directives;
}

export function isSuppressed(
  finding: Pick<Finding, 'rule' | 'name' | 'range'>,
  directives: readonly Directive[],
): boolean {
  const line = finding.range.start.line;
  const names = (rules: readonly string[]) =>
    rules.length === 0 || rules.includes(finding.rule) || rules.includes(finding.name);
  let disabled = false;
  if (directives.some((directive) => directive.kind === 'disable-file' && names(directive.rules)))
    return true;
  for (const directive of directives) {
    if (directive.line > line) break;
    if (!names(directive.rules) || directive.kind === 'disable-file') continue;
    if (directive.kind === 'disable-next-line') {
      if (directive.line === line - 1) return true;
    } else {
      disabled = directive.kind === 'disable';
    }
  }
  return disabled;
}
