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

export function resolveSettings(
  settings: Settings = {},
  options: { currentYear?: number; t?: Localize; locale?: string } = {},
): ResolvedSettings {
  const vocabulary = new Map<string, string[]>();
  for (const [key, values] of Object.entries(settings.vocabulary ?? {})) {
    const known = vocabulary.get(key.toLowerCase()) ?? [];
    vocabulary.set(key.toLowerCase(), [...known, ...values]);
  }
  return {
    rules: settings.rules ?? {},
    extraValues: new Map([...vocabulary].map(([key, values]) => [key, new Set(values.map(fold))])),
    vocabulary,
    currentYear: options.currentYear ?? new Date().getFullYear(),
    t: options.t ?? english,
    locale: options.locale ?? 'en',
    forms: settings.forms?.length ? editions(JSON.stringify(settings.forms)) : [],
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

/** Settings layered: later layers override earlier ones rule by rule and add vocabulary. */
export function mergeSettings(...layers: readonly (Settings | undefined)[]): Settings {
  const merged: Required<Settings> = { rules: {}, vocabulary: {}, forms: [] };
  for (const layer of layers) {
    Object.assign(merged.rules, layer?.rules);
    merged.forms.push(...(layer?.forms ?? []));
    for (const [key, values] of Object.entries(layer?.vocabulary ?? {})) {
      merged.vocabulary[key] = [...(merged.vocabulary[key] ?? []), ...values];
    }
  }
  return merged;
}
