import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuleDocSection {
  id: string;
  name: string;
  severityLine: string;
  bad: string[];
  good: string[];
}

export const ROOT = join(import.meta.dirname, '..', '..');

/** Reads docs/rules.md into one entry per `## LPxxx name` section, with its fenced Bad and Good examples. */
export function readRuleDocs(): RuleDocSection[] {
  const text = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  const sections: RuleDocSection[] = [];
  for (const chunk of text.split(/^## (?=LP\d{3} )/m).slice(1)) {
    const [heading = '', ...rest] = chunk.split('\n');
    const [id = '', name = ''] = heading.trim().split(/\s+/);
    const body = rest.join('\n');
    sections.push({
      id,
      name,
      severityLine: rest.find((line) => line.startsWith('Severity:')) ?? '',
      bad: examples(body, 'Bad'),
      good: examples(body, 'Good'),
    });
  }
  return sections;
}

function examples(body: string, label: string): string[] {
  const pattern = new RegExp(`^${label}[^\\n]*:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\\n\`\`\`$`, 'gm');
  return [...body.matchAll(pattern)].map((match) => (match[1] ?? '') + '\n');
}
