import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME } from '../service';
import type { ConfigSource } from './configFiles';

/** Finds `.learningplans.yaml` in the document's folder or the nearest folder above it, up to a workspace root. */
export function nodeConfigSource(roots: () => readonly string[]): ConfigSource {
  return {
    async read(documentUri) {
      if (!documentUri.startsWith('file:')) return null;
      const rootPaths = roots()
        .filter((root) => root.startsWith('file:'))
        .map((root) => fileURLToPath(root));
      let folder = dirname(fileURLToPath(documentUri));
      for (;;) {
        const path = join(folder, CONFIG_FILE_NAME);
        const text = await readFile(path, 'utf8').catch(() => null);
        if (text !== null) return { uri: pathToFileURL(path).href, text };
        const parent = dirname(folder);
        if (parent === folder || rootPaths.includes(folder)) return null;
        folder = parent;
      }
    },
  };
}
