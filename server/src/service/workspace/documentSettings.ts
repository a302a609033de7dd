import type { ServiceHost } from '../host';
import type { Localize } from '../l10n';
import { mergeSettings, resolveSettings, type ResolvedSettings } from '../settings';
import type { ConfigFiles } from './configFiles';

/**
 * The settings each document is checked with: its configuration file's, with the editor's settings over them.
 * Documents governed by the same file share one resolved object, built once until a configuration changes.
 */
export class DocumentSettings {
  private resolved = new Map<string, ResolvedSettings>();

  constructor(
    private readonly host: ServiceHost,
    private readonly configs: ConfigFiles,
    private readonly language: { t: Localize; locale: string },
  ) {}

  async forDocument(uri: string): Promise<ResolvedSettings> {
    const config = await this.configs.forDocument(uri);
    const key = config?.uri ?? '';
    let settings = this.resolved.get(key);
    if (!settings) {
      // Editions of the forms come from configuration files only, where they are checked line by line.
      const { rules, vocabulary } = this.host.settings(uri) ?? {};
      settings = resolveSettings(mergeSettings(config?.settings, { rules, vocabulary }), {
        ...this.language,
        currentYear: this.host.now().getFullYear(),
      });
      this.resolved.set(key, settings);
    }
    return settings;
  }

  /** Forgets every configuration and resolved setting. */
  clear(): void {
    this.configs.clear();
    this.resolved = new Map();
  }
}
