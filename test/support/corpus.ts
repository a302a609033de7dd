import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/service';
import { ROOT } from './docs';
import { MemoryHost } from './memoryHost';

/** The example documents bundled with the project (the seed documents). */
export const EXAMPLES = join(ROOT, 'examples');
/** A sample of the public archive (see its SOURCES.md): plans, experiments, solutions, toolkit cards and blogs. */
export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');

export function example(name: string): { path: string; uri: string; text: string } {
  const file = readdirSync(EXAMPLES).find((entry) => entry.startsWith(name));
  if (!file) throw new Error(`No example ${name}`);
  const path = join(EXAMPLES, file);
  return { path, uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}

/** Every document of one folder of the corpus sample, with its text. */
export function corpusFolder(folder: string): { name: string; path: string; text: string }[] {
  const dir = join(CORPUS, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

/** The corpus sample read into a language service as the extension reads a workspace (the portfolio, the maps). */
export async function corpusService() {
  const files: Record<string, string> = {};
  for (const folder of ['learningplan', 'experiment', 'solution', 'toolkit', 'other'])
    for (const file of corpusFolder(folder)) files[pathToFileURL(file.path).href] = file.text;
  const service = createLanguageService(new MemoryHost(files));
  await service.scanFolders([pathToFileURL(CORPUS).href]);
  return service;
}
