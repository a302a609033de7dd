// How often each rule fires, per kind of document and form, over a folder of real documents:
//   npm run corpus-report -- <folder> [--markdown]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkDocument,
  analyzeText,
  resolveSettings,
  RULES,
  type Severity,
} from '../server/src/service/internals';

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name.startsWith('.') || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(md|markdown|txt)$/i.test(name) ? [path] : [];
  });
}

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run corpus-report -- <folder>');
  process.exit(2);
}
const settings = resolveSettings();
const documents = new Map<string, number>();
const counts = new Map<string, Map<string, number>>();
const withErrors: string[] = [];
for (const path of files(folder)) {
  const analysis = analyzeText(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  const { kind } = analysis.doc;
  const form =
    kind === 'other'
      ? 'other'
      : [kind, analysis.form?.id, analysis.form?.variant].filter((part) => part && part !== kind).join('/') ||
        kind;
  documents.set(form, (documents.get(form) ?? 0) + 1);
  const findings = checkDocument(analysis, settings).findings;
  if (findings.some((finding) => finding.severity === 'error')) withErrors.push(path);
  for (const finding of findings) {
    const byForm = counts.get(finding.rule) ?? new Map<string, number>();
    byForm.set(form, (byForm.get(form) ?? 0) + 1);
    counts.set(finding.rule, byForm);
  }
}

const forms = [...documents.keys()].sort();
const severity = new Map<string, Severity>(RULES.map((rule) => [rule.id, rule.defaultSeverity]));
const name = new Map(RULES.map((rule) => [rule.id, rule.name]));
const lines = [
  `| rule | name | severity | ${forms.map((form) => `${form} (${documents.get(form)})`).join(' | ')} |`,
  `| --- | --- | --- | ${forms.map(() => '---:').join(' | ')} |`,
];
for (const rule of [...counts.keys()].sort()) {
  const byForm = counts.get(rule)!;
  lines.push(
    `| ${rule} | ${name.get(rule) ?? ''} | ${severity.get(rule) ?? ''} | ${forms.map((form) => byForm.get(form) ?? 0).join(' | ')} |`,
  );
}
console.log(lines.join('\n'));
console.log(
  `\n${[...documents.values()].reduce((a, b) => a + b, 0)} documents; ${withErrors.length} with an error-level finding${withErrors.length ? ':' : '.'}`,
);
for (const path of withErrors) console.log(`- ${path}`);
