import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  CONFIG_FILE_NAME,
  findRule,
  parseConfig,
  type ConfigProblem,
  type Localize,
  type Settings,
} from '../service';

export interface ConfigFile {
  path: string;
  settings: Settings;
  problems: ConfigProblem[];
  /** Set when the file could not be read at all. */
  unreadable?: string;
}

/** Finds and reads configuration files: one given on the command line, or each document's nearest one. */
export class ConfigLoader {
  private readonly byFolder = new Map<string, Promise<ConfigFile | null>>();
  private readonly loaded = new Map<string, ConfigFile>();

  constructor(
    private readonly explicit: string | null,
    private readonly t: Localize,
  ) {}

  /** Every configuration file read so far, for reporting their problems once each. */
  files(): ConfigFile[] {
    return [...this.loaded.values()];
  }

  async forDocument(documentPath: string): Promise<ConfigFile | null> {
    if (this.explicit !== null) return this.read(resolve(this.explicit), true);
    return this.nearest(dirname(resolve(documentPath)));
  }

  private nearest(folder: string): Promise<ConfigFile | null> {
    let pending = this.byFolder.get(folder);
    if (!pending) {
      pending = this.read(join(folder, CONFIG_FILE_NAME), false).then((file) => {
        if (file) return file;
        const parent = dirname(folder);
        return parent === folder ? null : this.nearest(parent);
      });
      this.byFolder.set(folder, pending);
    }
    return pending;
  }

  private async read(path: string, required: boolean): Promise<ConfigFile | null> {
    const known = this.loaded.get(path);
    if (known) return known;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      const file: ConfigFile = { path, settings: {}, problems: [], unreadable: (error as Error).message };
      this.loaded.set(path, file);
      return file;
    }
    const parsed = parseConfig(text, (idOrName) => findRule(idOrName) !== undefined, this.t);
    const file: ConfigFile = { path, settings: parsed.settings, problems: parsed.problems };
    this.loaded.set(path, file);
    return file;
  }
}
