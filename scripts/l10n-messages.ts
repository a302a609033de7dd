// Lists every message the product shows, as written in the code: the first argument of each `t('…')` and
// `vscode.l10n.t('…')` call. The translation bundles in l10n/ must hold each of them (npm test checks it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FORMS } from '../server/src/service/forms';
import { ruleCatalogue } from '../server/src/service/rules/catalogue';
import { COUNTRIES } from '../server/src/service/vocab/countries';
import { TAG_KEYS } from '../server/src/service/vocab/tagKeys';

const ROOTS = ['server/src', 'client/src'];
/** `t(` then a quoted literal: single, double or backquoted without interpolation. */
const CALL = /\bt\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g;

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

/** The messages written in these files or folders (each .ts file below a folder): their `t('…')` calls' first argument. */
export function messagesIn(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths.flatMap((path) => (statSync(path).isDirectory() ? files(path) : [path]))) {
    for (const match of readFileSync(path, 'utf8').matchAll(CALL))
      found.add(unescape(match[1] ?? match[2] ?? match[3] ?? ''));
  }
  return [...found].sort();
}

export function messages(root: string): string[] {
  const found = new Set(messagesIn(ROOTS.map((folder) => join(root, folder))));
  // Data shown through t(): the tag keys' descriptions, the forms' names, the countries' continents and the rules'
  // descriptions.
  for (const key of TAG_KEYS) found.add(key.description);
  for (const form of FORMS) found.add(form.label);
  for (const country of COUNTRIES()) if (country.continent) found.add(country.continent);
  for (const rule of ruleCatalogue()) found.add(rule.description);
  return [...found].sort();
}

if (process.argv[1] === import.meta.filename)
  console.log(JSON.stringify(messages(join(import.meta.dirname, '..')), null, 2));
