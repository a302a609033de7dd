/**
 * The portfolio's figures: the server's answer for 10,000 documents (over stdio), the page's work on them in
 * Chromium (drawing the table, applying a filter, a sort and a search), and `learning-plans report` over the corpus
 * sample. Without Chromium, the page's figures are skipped and said to be.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { portfolioLabels } from '../server/src/portfolio/labels';
import { PortfolioRequest, type PortfolioResult } from '../server/src/protocol';
import { english } from '../server/src/service';
import { CORPUS } from '../test/support/corpus';
import { ROOT } from '../test/support/docs';
import { LspClient } from '../test/support/lspClient';
import { openPortfolioPage } from '../test/support/portfolioPage';

type Budget = { limit: number; comparison: '<' | '>' };
type Record = (
  name: string,
  unit: string,
  samples: readonly number[],
  command: string,
  budget?: Budget,
) => unknown;

const DOCUMENTS = 10_000;

/** 10,000 documents made by repeating the corpus sample's plans, experiments and solutions. */
function prepareDocuments(folder: string): void {
  const sources = ['learningplan', 'experiment', 'solution'].flatMap((kind) =>
    readdirSync(join(CORPUS, kind))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(CORPUS, kind, name)),
  );
  rmSync(folder, { recursive: true, force: true });
  for (let index = 0; index < DOCUMENTS; index++) {
    const sub = join(folder, String(Math.floor(index / 500)));
    if (index % 500 === 0) mkdirSync(sub, { recursive: true });
    cpSync(sources[index % sources.length]!, join(sub, `${index}.md`));
  }
}

async function serverFigures(folder: string, record: Record, runs: number): Promise<PortfolioResult> {
  const { client } = await LspClient.start({
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    settings: { validation: { workspace: false } },
  });
  try {
    const first = await client.connection.sendRequest(PortfolioRequest, { rescan: true });
    if (first.rows.length !== DOCUMENTS) throw new Error(`${first.rows.length} rows, not ${DOCUMENTS}`);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await client.connection.sendRequest(PortfolioRequest, {});
      times.push(performance.now() - start);
    }
    record('portfolio rows of 10,000 documents (server, over stdio)', 'ms', times, 'bench: PortfolioRequest');
    return first;
  } finally {
    await client.stop();
  }
}

/** Milliseconds from a change in the page to the next frame, measured in the page itself. */
const TIMED = `(action) => new Promise((resolve) => {
  const start = performance.now();
  action();
  requestAnimationFrame(() => resolve(performance.now() - start));
})`;

/** Milliseconds from the rows message (decoded as the webview would) to the frame after the table is drawn. */
const DRAWN = `new Promise((resolve) => {
  const root = document.getElementById('lp-root');
  const start = performance.now();
  new MutationObserver((_, observer) => {
    if (!root.dataset.rows) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - start));
  }).observe(root, { attributes: true });
  window.postMessage(JSON.parse(window.__rows), '*');
})`;

async function pageFigures(portfolio: PortfolioResult, serverMs: number[], record: Record, runs: number) {
  const page = await openPortfolioPage();
  try {
    const labels = portfolioLabels(english, 'en');
    const json = JSON.stringify({
      type: 'rows',
      rows: portfolio.rows,
      goals: portfolio.goals,
      labels,
      complete: true,
    });
    const ready: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.page.reload();
      await page.page.evaluate(`window.__rows = ${JSON.stringify(json)}`);
      ready.push((await page.page.evaluate(DRAWN)) as number);
    }
    record(
      'portfolio page drawn, 10,000 rows (Chromium)',
      'ms',
      ready,
      'bench: rows message → next frame, in the page',
    );
    const total = ready.map((ms, index) => ms + (serverMs[index % serverMs.length] ?? 0));
    record(
      'portfolio of 10,000 documents ready (server + page)',
      'ms',
      total,
      'bench: the two above, run by run',
      {
        limit: 2000,
        comparison: '<',
      },
    );
    const actions = {
      'filter (SDG 5)': `() => { const s = document.getElementById('lp-filter-sdg'); s.value = s.value === '5' ? '' : '5'; s.dispatchEvent(new Event('change')); }`,
      'sort (completeness)': `() => [...document.querySelectorAll('thead button')].find((b) => b.dataset.column === 'completeness').click()`,
      'search (one word)': `() => { const s = document.getElementById('lp-search'); s.value = s.value ? '' : 'climate'; s.dispatchEvent(new Event('input')); }`,
    };
    for (const [name, action] of Object.entries(actions)) {
      const times: number[] = [];
      for (let run = 0; run < runs * 4; run++)
        times.push((await page.page.evaluate(`(${TIMED})(${action})`)) as number);
      record(
        `portfolio ${name} applied, 10,000 rows (Chromium)`,
        'ms',
        times,
        'bench: change → next frame, in the page',
        {
          limit: 100,
          comparison: '<',
        },
      );
    }
  } finally {
    await page.dispose();
  }
}

function reportFigure(record: Record, runs: number, work: string): void {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli.js'),
        'report',
        CORPUS,
        '--format',
        'html',
        '--output',
        join(work, 'report.html'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`learning-plans report failed (${result.status}): ${result.stderr}`);
    times.push((performance.now() - start) / 1000);
  }
  record(
    'report corpus sample (html): learning-plans',
    's',
    times,
    'node dist/cli.js report corpus sample --format html',
    {
      limit: 4,
      comparison: '<',
    },
  );
}

export async function portfolioFigures(record: Record, work: string, quick: boolean): Promise<void> {
  reportFigure(record, quick ? 3 : 9, work);
  const folder = join(work, 'portfolio-10000');
  prepareDocuments(folder);
  const serverMs: number[] = [];
  const recordServer: Record = (name, unit, samples, command, budget) => {
    serverMs.push(...samples);
    return record(name, unit, samples, command, budget);
  };
  const portfolio = await serverFigures(folder, recordServer, quick ? 3 : 10);
  if (!existsSync('/usr/bin/chromium')) {
    console.log('Chromium is not installed (npm run test:e2e installs it): the page figures are skipped.');
    return;
  }
  await pageFigures(portfolio, serverMs, record, quick ? 3 : 8);
}
