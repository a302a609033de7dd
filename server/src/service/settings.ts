import type { Localize } from './l10n';
import { english } from './l10n';
import type { Severity } from './model';

export type RuleLevel = Severity | 'off';

/** Settings as a user writes them (VS Code settings or a `.learningplans.yaml` file); every field optional. */
export interface Settings {
  /** Rule id or name -> severity, or 'off'. */
  rules?: Record<string, RuleLevel>;
}

/** Settings with every default filled in, as rules read them. */
export interface ResolvedSettings {
  rules: Readonly<Record<string, RuleLevel>>;
  /** The current year: rules read it from here rather than from a clock, so that results depend on inputs alone. */
  currentYear: number;
  t: Localize;
}

export function resolveSettings(
  settings: Settings = {},
  options: { currentYear?: number; t?: Localize } = {},
): ResolvedSettings {
  return {
    rules: settings.rules ?? {},
    currentYear: options.currentYear ?? new Date().getFullYear(),
    t: options.t ?? english,
  };
}
