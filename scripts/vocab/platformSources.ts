// Reads the lists out of the platform's and the archive's files as text. Nothing of theirs is run: the SQL is
// scanned for its rows and the JavaScript configuration is parsed, never executed.
import ts from 'typescript';

export type PlatformLanguage = 'en' | 'fr' | 'es' | 'pt';
export const PLATFORM_LANGUAGES: readonly PlatformLanguage[] = ['en', 'fr', 'es', 'pt'];

export interface SdgRow {
  number: number;
  name: string;
  language: PlatformLanguage;
}

export class SourceError extends Error {}

/** A quoted SQL string: `'…'`, where `''` stands for one quote. */
const SQL_STRING = String.raw`'((?:[^']|'')*)'`;
const SDG_ROW = new RegExp(
  String.raw`\(\s*(\d+)\s*,\s*${SQL_STRING}\s*,\s*${SQL_STRING}\s*,\s*'([a-z]{2})'\s*\)`,
  'g',
);

/** The goals' names in each language, from the `INSERT INTO sdgs` statements of `init_taxonomies.sql`. */
export function readSdgRows(sql: string): SdgRow[] {
  const live = sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n');
  const rows: SdgRow[] = [];
  for (const statement of live.split(/INSERT\s+INTO\s+/i).slice(1)) {
    if (!/^sdgs\b/i.test(statement)) continue;
    for (const match of statement.matchAll(SDG_ROW)) {
      const language = match[4] as PlatformLanguage;
      if (!PLATFORM_LANGUAGES.includes(language)) continue;
      rows.push({ number: Number(match[1]), name: sqlText(match[2]!), language });
    }
  }
  for (const language of PLATFORM_LANGUAGES) {
    const count = rows.filter((row) => row.language === language).length;
    if (count !== 17)
      throw new SourceError(`init_taxonomies.sql names ${count} goals in "${language}", not 17.`);
  }
  return rows;
}

function sqlText(quoted: string): string {
  return quoted.replace(/''/g, "'").replace(/\s+/g, ' ').trim();
}

export interface AnswerList {
  /** The tag key the archive writes: the field's name with underscores (`experiment status` → `experiment_status`). */
  key: string;
  /** The platform's options, in the form's order. */
  options: string[];
}

/** The closed answer lists (checklists and radio lists) of a site's `exports.metafields` in `config/edit/*.js`. */
export function readAnswerLists(source: string, fileName: string): AnswerList[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const metafields = findExport(file, 'metafields');
  if (!metafields || !ts.isArrayLiteralExpression(metafields))
    throw new SourceError(`${fileName} has no "exports.metafields = [ … ]".`);
  return metafields.elements.flatMap((element) => {
    if (!ts.isObjectLiteralExpression(element)) return [];
    const type = stringProperty(element, 'type');
    const name = stringProperty(element, 'name');
    const options = property(element, 'options');
    if (!name || (type !== 'checklist' && type !== 'radiolist')) return [];
    if (!options || !ts.isArrayLiteralExpression(options)) return [];
    const values = options.elements.flatMap((option) =>
      ts.isObjectLiteralExpression(option) ? (stringProperty(option, 'name') ?? []) : [],
    );
    return [{ key: name.trim().replace(/\s+/g, '_'), options: values }];
  });
}

/** The value assigned by `exports.<name> = …` at the top level of a file. */
function findExport(file: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const expression = statement.expression;
    if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
      continue;
    const target = expression.left;
    if (
      ts.isPropertyAccessExpression(target) &&
      ts.isIdentifier(target.expression) &&
      target.expression.text === 'exports' &&
      target.name.text === name
    )
      return expression.right;
  }
  return undefined;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const member of object.properties) {
    if (!ts.isPropertyAssignment(member)) continue;
    const key = member.name;
    if ((ts.isIdentifier(key) || ts.isStringLiteral(key)) && key.text === name) return member.initializer;
  }
  return undefined;
}

function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  const value = property(object, name);
  return value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))
    ? value.text
    : undefined;
}

export interface LookupEntry {
  name: string;
  altNames: string[];
  /** Natural Earth's code of the sovereign country ("PSX" for Palestine), empty for some regions. */
  iso3: string;
  /** Natural Earth's code of the map unit ("SCT" for Scotland). */
  unitCode: string;
  continent: string;
}

/** The archive's country lookup (`__scripts__/data/country_lookup.json`): names, aliases, codes, continents. */
export function readCountryLookup(json: string): LookupEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new SourceError(`country_lookup.json is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new SourceError('country_lookup.json is not a list.');
  return data.map((item: Record<string, unknown>, index) => {
    if (typeof item?.name !== 'string' || typeof item.continent !== 'string')
      throw new SourceError(`country_lookup.json entry ${index + 1} has no name or continent.`);
    const altNames = Array.isArray(item.alt_names)
      ? item.alt_names.filter((alt) => typeof alt === 'string')
      : [];
    return {
      name: item.name.trim(),
      altNames: altNames.map((alt: string) => alt.trim()),
      iso3: typeof item.iso3 === 'string' ? item.iso3 : '',
      unitCode: typeof item.su_a3 === 'string' ? item.su_a3 : '',
      continent: item.continent,
    };
  });
}

/** The `sdg: [ … ]` lists of the toolkit's cards: each spelling with how many cards use it. */
export function readToolkitSdgSpellings(cards: readonly string[]): Map<string, number> {
  const spellings = new Map<string, number>();
  for (const card of cards) {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(card)?.[1] ?? '';
    for (const line of frontMatter.split(/\r?\n/)) {
      const list = /^sdg\s*:\s*\[(.*)\]\s*$/.exec(line)?.[1];
      if (list === undefined) continue;
      for (const item of list.split(',').map((value) => value.trim()))
        if (item) spellings.set(item, (spellings.get(item) ?? 0) + 1);
    }
  }
  return spellings;
}
