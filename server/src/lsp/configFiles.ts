import { findRule, parseConfig, type ConfigProblem, type Localize, type Settings } from '../service';

/** Where the server finds workspace configuration files; the Node server reads disk, a browser build would not. */
export interface ConfigSource {
  /** The text of the configuration file of the folder holding `documentUri`, with the file's URI; null if none. */
  read(documentUri: string): Promise<{ uri: string; text: string } | null>;
}

export interface LoadedConfig {
  uri: string;
  settings: Settings;
  problems: ConfigProblem[];
}

export async function loadConfig(
  source: ConfigSource,
  documentUri: string,
  t: Localize,
): Promise<LoadedConfig | null> {
  const file = await source.read(documentUri);
  if (!file) return null;
  const parsed = parseConfig(file.text, (idOrName) => findRule(idOrName) !== undefined, t);
  return { uri: file.uri, settings: parsed.settings, problems: parsed.problems };
}
