import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem } from '../config';
import type { Localize } from '../l10n';
import type { ServiceHost } from '../host';
import { findRule } from '../rules/registry';
import type { Settings } from '../settings';
import { asFolder, parentFolder } from './uris';

/** A configuration file as read: its settings, and its mistakes at their lines. */
export interface ConfigFile {
  uri: string;
  settings: Settings;
  problems: ConfigProblem[];
  /** Why the file could not be read at all, when it could not. */
  unreadable?: string;
}

export interface ConfigFilesOptions {
  /** One configuration file for every document (the command line's --config), instead of each one's nearest. */
  explicit?: string | null;
  t: Localize;
  /** Told of each file once it is read, so that its problems can be shown. */
  onRead?: (file: ConfigFile) => void;
}

/**
 * The configuration that governs each document: the `.learningplans.yaml` of its folder or the nearest folder above.
 * Each folder is looked up once and each file read once, until the caller says a configuration changed.
 */
export class ConfigFiles {
  private byFolder = new Map<string, Promise<ConfigFile | null>>();
  private byUri = new Map<string, Promise<ConfigFile | null>>();

  constructor(
    private readonly host: ServiceHost,
    private readonly options: ConfigFilesOptions,
  ) {}

  forDocument(documentUri: string): Promise<ConfigFile | null> {
    if (this.options.explicit) return this.read(this.options.explicit, true);
    const folder = parentFolder(documentUri);
    return folder === null ? Promise.resolve(null) : this.nearest(folder);
  }

  /** Forgets every file: one was created, changed or deleted. */
  clear(): void {
    this.byFolder = new Map();
    this.byUri = new Map();
  }

  private nearest(folder: string): Promise<ConfigFile | null> {
    let pending = this.byFolder.get(folder);
    if (!pending) {
      pending = this.read(folder + CONFIG_FILE_NAME, false).then((file) => {
        if (file || this.isRoot(folder)) return file;
        const parent = parentFolder(folder);
        return parent === null ? null : this.nearest(parent);
      });
      this.byFolder.set(folder, pending);
    }
    return pending;
  }

  private isRoot(folder: string): boolean {
    return this.host.configRoots?.().some((root) => asFolder(root) === folder) ?? false;
  }

  private read(uri: string, required: boolean): Promise<ConfigFile | null> {
    let pending = this.byUri.get(uri);
    if (!pending) {
      pending = this.load(uri, required);
      this.byUri.set(uri, pending);
    }
    return pending;
  }

  private async load(uri: string, required: boolean): Promise<ConfigFile | null> {
    const { t, onRead } = this.options;
    let file: ConfigFile;
    try {
      const text = await this.host.readFile(uri);
      if (text === null && !required) return null;
      if (text === null) file = { uri, settings: {}, problems: [], unreadable: t('no such file') };
      else {
        const parsed = parseConfig(text, (idOrName) => findRule(idOrName) !== undefined, t);
        file = { uri, settings: parsed.settings, problems: parsed.problems };
      }
    } catch (error) {
      file = { uri, settings: {}, problems: [], unreadable: (error as Error).message };
    }
    onRead?.(file);
    return file;
  }
}
