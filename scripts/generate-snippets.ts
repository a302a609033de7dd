// Writes snippets/learning-plans.code-snippets from the forms' data (run: npm run snippets).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formSnippets } from '../server/src/service/features/snippets';

export const SNIPPETS_FILE = join(import.meta.dirname, '..', 'snippets', 'learning-plans.code-snippets');

export function snippetsFileContent(): string {
  return JSON.stringify(formSnippets(), null, 2) + '\n';
}

if (process.argv[1] === import.meta.filename) writeFileSync(SNIPPETS_FILE, snippetsFileContent());
