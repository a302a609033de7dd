import type { Localize } from './l10n';
import { english } from './l10n';
import { fold } from './vocab/normalize';
import type { Severity } from './model';

export type RuleLevel = Severity | 'off';

/** Settings as a user writes them (VS Code settings or a `.learningplans.yaml` file); every field optional. */
export interface Settings {
  /** Rule id or name -> severity, or 'off'. */
  rules?: Record<string, RuleLevel>;
  /** Tag key -> values a Lab uses beyond the platform's vocabularies (its own methods, say). */
  vocabulary?: Record<string, string[]>;
}

/** Settings with every default filled in, as rules read them. */
export interface ResolvedSettings {
  rules: Readonly<Record<string, RuleLevel>>;
  /** Tag key -> the Lab's extra values, folded for comparison. */
  extraValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** The current year: rules read it from here rather than from a clock, so that results depend on inputs alone. */
  currentYear: number;
  t: Localize;
  /** The language of messages and of vocabulary labels: en, es or fr. */
  locale: string;
}

export function resolveSettings(
  settings: Settings = {},
  options: { currentYear?: number; t?: Localize; locale?: string } = {},
): ResolvedSettings {
  return {
    rules: settings.rules ?? {},
    extraValues: new Map(
      Object.entries(settings.vocabulary ?? {}).map(([key, values]) => [
        key.toLowerCase(),
        new Set(values.map(fold)),
      ]),
    ),
    currentYear: options.currentYear ?? new Date().getFullYear(),
    t: options.t ?? english,
    locale: options.locale ?? 'en',
  };
}

/** True when a Lab's configuration adds this value to the key's vocabulary. */
export function isExtraValue(settings: ResolvedSettings, key: string, value: string): boolean {
  return settings.extraValues.get(key.toLowerCase())?.has(fold(value)) ?? false;
}

/** Settings layered: later layers override earlier ones rule by rule and add vocabulary. */
export function mergeSettings(...layers: readonly (Settings | undefined)[]): Settings {
  const merged: Required<Settings> = { rules: {}, vocabulary: {} };
  for (const layer of layers) {
    Object.assign(merged.rules, layer?.rules);
    for (const [key, values] of Object.entries(layer?.vocabulary ?? {})) {
      merged.vocabulary[key] = [...(merged.vocabulary[key] ?? []), ...values];
    }
  }
  return merged;
}
