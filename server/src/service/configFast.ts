import { load } from 'js-yaml';
import { isRuleLevel, type RuleLevel, type Settings } from './settings';

/**
 * The settings of a configuration file that has nothing wrong in it, read without keeping where each value sits
 * (several times faster on large files, such as a Lab's vocabulary of tens of thousands of values). Null when the
 * file has anything to report — a syntax error, a repeated key, an unknown rule, a value of the wrong shape — or
 * edits forms: then the careful reading finds each problem and its line.
 */
export function readValidConfig(text: string, isRule: (idOrName: string) => boolean): Settings | null {
  let value: unknown;
  try {
    // js-yaml refuses repeated keys: the careful reading reports them at their lines.
    value = load(text);
  } catch {
    return null;
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) return null;
  const settings: Settings = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'rules' && isRecord(entry)) {
      const rules = readRules(entry, isRule);
      if (!rules) return null;
      settings.rules = rules;
    } else if (key === 'vocabulary' && isRecord(entry)) {
      const vocabulary = readVocabulary(entry);
      if (!vocabulary) return null;
      settings.vocabulary = vocabulary;
    } else return null;
  }
  return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRules(
  entry: Record<string, unknown>,
  isRule: (id: string) => boolean,
): Record<string, RuleLevel> | null {
  const rules = new Map<string, RuleLevel>();
  for (const [id, level] of Object.entries(entry)) {
    if (!isRule(id) || !isRuleLevel(level)) return null;
    rules.set(id, level);
  }
  return Object.fromEntries(rules);
}

function readVocabulary(entry: Record<string, unknown>): Record<string, string[]> | null {
  const vocabulary = new Map<string, string[]>();
  for (const [key, values] of Object.entries(entry)) {
    if (!Array.isArray(values) || !values.every(isScalar)) return null;
    vocabulary.set(key, values.map(String));
  }
  return Object.fromEntries(vocabulary);
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
