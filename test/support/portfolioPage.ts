/**
 * The portfolio's page (dist/media/portfolio.js and .css) in Chromium on its own, with a stand-in for VS Code's
 * webview API that records what the page sends and keeps its state: for the page's tests and the benchmark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { portfolioLabels } from '../../server/src/portfolio/labels';
import { english, type PortfolioGoal, type PortfolioRow } from '../../server/src/service';
import { ROOT } from './docs';

const CHROMIUM = '/usr/bin/chromium';

/** The page as the extension would load it, with the same Content-Security-Policy (scripts from files only). */
function pageHtml(): string {
  const media = pathToFileURL(join(ROOT, 'dist', 'media')).href;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src file: data:; style-src file:; font-src file:; script-src 'nonce-test'">
<link rel="stylesheet" href="${media}/portfolio.css"><title>Portfolio</title>
<script nonce="test">
window.__sent = [];
window.__state = JSON.parse(sessionStorage.getItem('state') || 'null');
window.acquireVsCodeApi = () => ({
  postMessage: (message) => window.__sent.push(message),
  getState: () => window.__state,
  setState: (state) => { window.__state = state; sessionStorage.setItem('state', JSON.stringify(state)); },
});
</script></head>
<body data-loading="Reading the workspace…"><main id="lp-root"></main>
<script nonce="test" src="${media}/portfolio.js"></script></body></html>`;
}

export interface PortfolioPage {
  page: Page;
  url: string;
  /** Posts the rows to the page as the extension does, and resolves once the table shows them. */
  showRows(rows: PortfolioRow[], goals: PortfolioGoal[]): Promise<void>;
  sent(): Promise<{ type: string; [key: string]: unknown }[]>;
  dispose(): Promise<void>;
}

export async function openPortfolioPage(): Promise<PortfolioPage> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-portfolio-page-'));
  const file = join(dir, 'portfolio.html');
  writeFileSync(file, pageHtml());
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = pathToFileURL(file).href;
  await page.goto(url);
  const labels = portfolioLabels(english, 'en');
  return {
    page,
    url,
    async showRows(rows, goals) {
      // One string crosses to the page far faster than the same data as an object.
      const message = JSON.stringify({ type: 'rows', rows, goals, labels, complete: true });
      await page.evaluate(`window.postMessage(JSON.parse(${JSON.stringify(message)}), '*')`);
      await page.waitForFunction(`document.getElementById('lp-root').dataset.rows === '${rows.length}'`);
    },
    sent: () => page.evaluate('window.__sent') as Promise<{ type: string; [key: string]: unknown }[]>,
    async dispose() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows made up for scale: many documents across countries, years, goals and methods. */
export function syntheticRows(count: number): PortfolioRow[] {
  const countries = [
    'Peru',
    'Chile',
    'Bolivia',
    'Ghana',
    'Zambia',
    'Serbia',
    'Fiji',
    'Viet Nam',
    'Jordan',
    'Togo',
  ];
  const methods = [
    'Co-creation',
    'Ethnography',
    'Prototyping',
    'Solutions Mapping',
    'Collective Intelligence',
  ];
  return Array.from({ length: count }, (_, index) => ({
    uri: `file:///lab/plans/plan-${index}.md`,
    title: `Plan ${index}: ${countries[index % countries.length]} and the ${methods[index % methods.length]} challenge`,
    kind: index % 7 === 0 ? 'experiment' : 'learningplan',
    form: index % 7 === 0 ? 'experiment' : index % 3 === 0 ? 'closing' : 'plan',
    edition: index % 3 === 0 ? 'learning' : null,
    country: countries[index % countries.length]!,
    flag: '',
    year: String(2021 + (index % 5)),
    sdgs: [1 + (index % 17), 1 + ((index * 7) % 17)].filter((goal, at, all) => all.indexOf(goal) === at),
    methods: [methods[index % methods.length]!, methods[(index * 3) % methods.length]!].filter(
      (method, at, all) => all.indexOf(method) === at,
    ),
    answered: index % 20,
    total: 20,
    errors: index % 4,
    warnings: index % 3,
    readiness: index % 4 === 0 ? 'ready' : 'blocked',
    blockers:
      index % 4 === 0 ? [] : [{ subject: '[[sdgs:…]]', message: 'The platform requires SDGs.', line: 3 }],
    blockerCount: index % 4 === 0 ? 0 : 1 + (index % 3),
    line: index % 30,
  }));
}
