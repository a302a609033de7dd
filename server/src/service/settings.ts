import { buildEdition, type EditionSpec } from './forms/extraForms';
import type { FormDefinition } from './forms/types';
import type { Localize } from './l10n';
import { english } from './l10n';
import { memoize } from './memo';
import type { Severity } from './model';
import { fold } from './vocab/normalize';

export type RuleLevel = Severity | 'off';

/** Settings as a user writes them (VS Code settings or a `.learningplans.yaml` file); every field optional. */
export interface Settings {
  /** Rule id or name -> severity, or 'off'. */
  rules?: Record<string, RuleLevel>;
  /** Tag key -> values a Lab uses beyond the platform's vocabularies (its own methods, say). */
  vocabulary?: Record<string, string[]>;
  /** A Lab's own editions of the platform's forms. */
  forms?: EditionSpec[];
}

/** Settings with every default filled in, as rules read them. */
export interface ResolvedSettings {
  rules: Readonly<Record<string, RuleLevel>>;
  /** Tag key -> the Lab's extra values, folded for comparison. */
  extraValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Tag key -> the Lab's extra values as the Lab writes them, for completion. */
  vocabulary: ReadonlyMap<string, readonly string[]>;
  /** The current year: rules read it from here rather than from a clock, so that results depend on inputs alone. */
  currentYear: number;
  t: Localize;
  /** The language of messages and of vocabulary labels: en, es or fr. */
  locale: string;
  /** A Lab's editions of the forms, built; the same objects for the same configuration. */
  forms: readonly FormDefinition[];
}

/** Settings are resolved for every check: the same editions give the same definitions, built once. */
const editions = memoize((specs: string) => (JSON.parse(specs) as EditionSpec[]).map(buildEdition), 16);

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && LEVELS.has(value);
}

export function resolveSettings(
  settings: Settings = {},
  options: { currentYear?: number; t?: Localize; locale?: string } = {},
): ResolvedSettings {
  const vocabulary = new Map<string, string[]>();
  for (const [key, values] of ownEntries(settings.vocabulary)) {
    const known = vocabulary.get(key.toLowerCase()) ?? [];
    vocabulary.set(key.toLowerCase(), [...known, ...stringsIn(values)]);
  }
  return {
    rules: Object.fromEntries(
      ownEntries(settings.rules).filter((entry): entry is [string, RuleLevel] => isRuleLevel(entry[1])),
    ),
    extraValues: new Map([...vocabulary].map(([key, values]) => [key, new Set(values.map(fold))])),
    vocabulary,
    currentYear: options.currentYear ?? new Date().getFullYear(),
    t: options.t ?? english,
    locale: options.locale ?? 'en',
    forms:
      Array.isArray(settings.forms) && settings.forms.length ? editions(JSON.stringify(settings.forms)) : [],
  };
}

/** The level a rule runs at: the settings' word for its id or its name, else its default severity. */
export function ruleLevel(
  settings: ResolvedSettings,
  rule: { id: string; name: string; defaultSeverity: Severity },
): RuleLevel {
  return settings.rules[rule.id] ?? settings.rules[rule.name] ?? rule.defaultSeverity;
}

/** True when a Lab's configuration adds this value to the key's vocabulary. */
export function isExtraValue(settings: ResolvedSettings, key: string, value: string): boolean {
  return settings.extraValues.get(key.toLowerCase())?.has(fold(value)) ?? false;
}

/**
 * Settings layered: later layers override earlier ones rule by rule and add vocabulary. Severities that are not
 * one and vocabularies that are not lists (the editor's settings are not checked against their schema) are left out.
 */
export function mergeSettings(...layers: readonly (Settings | undefined)[]): Settings {
  const rules = new Map<string, RuleLevel>();
  const vocabulary = new Map<string, string[]>();
  const forms: EditionSpec[] = [];
  for (const layer of layers) {
    for (const [id, level] of ownEntries(layer?.rules)) if (isRuleLevel(level)) rules.set(id, level);
    for (const [key, values] of ownEntries(layer?.vocabulary))
      vocabulary.set(key, [...(vocabulary.get(key) ?? []), ...stringsIn(values)]);
    if (Array.isArray(layer?.forms)) for (const form of layer.forms) forms.push(form);
  }
  // Entries are defined, not assigned: a key such as `__proto__` becomes an entry, not the record's prototype.
  return { rules: Object.fromEntries(rules), vocabulary: Object.fromEntries(vocabulary), forms };
}

/**
 * The entries of a map of user-given keys, or none when it is not a map. Keys such as `constructor` or `__proto__`
 * are the user's words, never the properties every JavaScript object inherits.
 */
function ownEntries(record: unknown): [string, unknown][] {
  return record !== null && typeof record === 'object' && !Array.isArray(record)
    ? Object.entries(record)
    : [];
}

function stringsIn(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}
