/**
 * Renders Markdown with VS Code's preview plugin, in a worker thread: a test can stop a render that runs over its
 * budget instead of waiting for it to end.
 */
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
const MarkdownIt = require('markdown-it');
const { learningPlanTags } = require(workerData.plugin);
const md = new MarkdownIt();
learningPlanTags(md);
parentPort.postMessage(md.render(workerData.text));
`;

export function renderWithinBudget(
  plugin: string,
  text: string,
  budgetMs: number,
): Promise<{ finished: boolean; ms: number; html: string }> {
  const start = performance.now();
  // tsx lets the worker require the plugin's TypeScript source.
  const worker = new Worker(WORKER, { eval: true, workerData: { plugin, text } });
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      void worker.terminate();
      resolve({ finished: false, ms: performance.now() - start, html: '' });
    }, budgetMs);
    worker.once('message', (html: string) => {
      clearTimeout(deadline);
      void worker.terminate();
      resolve({ finished: true, ms: performance.now() - start, html });
    });
    worker.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
  });
}
