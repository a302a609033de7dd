/**
 * Renders Markdown with VS Code's preview plugin in a process of its own, and measures the CPU time its main thread
 * spends: the work done, not the waiting a busy machine adds. A render that runs far over its budget is stopped
 * instead of waited for.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './docs';

const RENDER = `
const { readFileSync } = require('node:fs');
require('tsx/cjs/api').register();
const MarkdownIt = require('markdown-it');
const { learningPlanTags } = require(process.env.LP_PLUGIN);
const md = new MarkdownIt();
learningPlanTags(md);
process.stdout.write(md.render(readFileSync(process.env.LP_TEXT, 'utf8')));
`;

export interface Render {
  /** False when the render was stopped, running ten times over its budget. */
  finished: boolean;
  /** CPU time of the rendering process's main thread, start-up included. */
  cpuMs: number;
  html: string;
}

export function renderWithinBudget(plugin: string, text: string, budgetMs: number): Promise<Render> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-render-'));
  const textFile = join(dir, 'text.md');
  const cpuFile = join(dir, 'cpu');
  writeFileSync(textFile, text);
  const child = spawn(
    process.execPath,
    ['--require', join(ROOT, 'test', 'support', 'cpuUsage.cjs'), '-e', RENDER],
    { cwd: ROOT, env: { ...process.env, LP_PLUGIN: plugin, LP_TEXT: textFile, LP_CPU_USAGE_FILE: cpuFile } },
  );
  let html = '';
  child.stdout.on('data', (chunk: Buffer) => (html += chunk.toString()));
  const killer = setTimeout(() => child.kill(), budgetMs * 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(killer);
      const cpuMs = status === 0 ? Number(readFileSync(cpuFile, 'utf8')) : Number.POSITIVE_INFINITY;
      rmSync(dir, { recursive: true, force: true });
      resolve({ finished: status === 0, cpuMs, html });
    });
  });
}
