/**
 * The benchmark: `npm run bench` (all figures), `-- --quick` (fewer runs), `-- --check` (exit 1 when a budget is
 * missed). Writes bench/results.json and the table in docs/performance.md. Every figure is the median and p95 of
 * repeated runs, measured here and now; the competing tools run in the same session on the same files.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CodeActionRequest, CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import { WorkspaceMapRequest } from '../server/src/protocol';
import { CORPUS } from '../test/support/corpus';
import { ROOT } from '../test/support/docs';
import { LspClient } from '../test/support/lspClient';
import { portfolioFigures } from './portfolio';

const quick = process.argv.includes('--quick');
const check = process.argv.includes('--check');
/** `--only=check,editor,memory,start,index,portfolio,size`: a subset of the figures, for a quick look at one budget. */
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: string) => !only || only.includes(part);
const WORK = join(ROOT, 'bench', 'work');
const PLANS = join(WORK, 'plans-1000');

interface Figure {
  name: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  budget?: { limit: number; comparison: '<' | '>'; of?: string };
  command: string;
}

const figures: Figure[] = [];

function stats(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function record(
  name: string,
  unit: string,
  samples: readonly number[],
  command: string,
  budget?: Figure['budget'],
): Figure {
  const figure: Figure = {
    name,
    unit,
    ...stats(samples),
    runs: samples.length,
    command,
    ...(budget ? { budget } : {}),
  };
  figures.push(figure);
  console.log(
    `${name}: median ${figure.median.toFixed(3)} ${unit}, p95 ${figure.p95.toFixed(3)} ${unit} (${samples.length} runs)`,
  );
  return figure;
}

/** 1,000 plans made by repeating the corpus sample's learning plans. */
function prepareThousandPlans(): void {
  const source = join(CORPUS, 'learningplan');
  const names = readdirSync(source).filter((name) => name.endsWith('.md'));
  rmSync(PLANS, { recursive: true, force: true });
  mkdirSync(PLANS, { recursive: true });
  for (let index = 0; index < 1000; index++) {
    const name = names[index % names.length]!;
    cpSync(join(source, name), join(PLANS, `${Math.floor(index / names.length)}-${name}`));
  }
}

function wallTimes(command: string, args: readonly string[], runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, stdio: 'ignore' });
    if (result.error) throw result.error;
    times.push((performance.now() - start) / 1000);
  }
  return times;
}

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/**
 * The check and its floor, run by turns so that both meet the same moments of a busy machine: the floor starts
 * Node, reads every file of the folder and picks out its tag lines with one regular expression (bench/floor.cjs).
 */
function checkAndFloor(folder: string, runs: number): { check: number[]; floor: number[] } {
  const check: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    floor.push(...wallTimes(process.execPath, [join(ROOT, 'bench', 'floor.cjs'), folder], 1));
    check.push(
      ...wallTimes(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', folder, '--format', 'json'], 1),
    );
  }
  return { check, floor };
}

function folderChecks(label: string, folder: string, runs: { ours: number; others: number }): void {
  const thousand = label === '1,000 plans';
  const timed = checkAndFloor(folder, runs.ours);
  const ours = record(`check ${label}: learning-plans`, 's', timed.check, `node dist/cli.js check ${label}`);
  const floor = record(
    `floor ${label}: start Node, read the files, pick out the tag lines`,
    's',
    timed.floor,
    `node bench/floor.cjs ${label}`,
  );
  record(
    `check ${label} ÷ floor`,
    '×',
    [ours.median / floor.median],
    'the two medians, divided',
    thousand ? { limit: 3, comparison: '<' } : undefined,
  );
  const markdownlint = record(
    `check ${label}: markdownlint-cli2`,
    's',
    wallTimes(bin('markdownlint-cli2'), [`${folder}/**/*.md`], runs.others),
    `markdownlint-cli2 "${label}/**/*.md"`,
  );
  const remark = record(
    `check ${label}: remark-lint`,
    's',
    wallTimes(
      bin('remark'),
      [folder, '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout'],
      runs.others,
    ),
    `remark ${label} --use remark-preset-lint-recommended --quiet --no-stdout`,
  );
  const ratio = (other: Figure) => other.median / ours.median;
  record(
    `speed-up ${label} vs markdownlint-cli2`,
    '×',
    [ratio(markdownlint)],
    'median of each, divided',
    thousand ? { limit: 40, comparison: '>' } : undefined,
  );
  record(
    `speed-up ${label} vs remark-lint`,
    '×',
    [ratio(remark)],
    'median of each, divided',
    thousand ? { limit: 100, comparison: '>' } : undefined,
  );
}

function fifteenKbPlan(): string {
  const plans = readdirSync(join(CORPUS, 'learningplan')).map((name) =>
    readFileSync(join(CORPUS, 'learningplan', name), 'utf8'),
  );
  return plans.sort((a, b) => Math.abs(a.length - 15_000) - Math.abs(b.length - 15_000))[0]!;
}

/** A plan grown to about a megabyte by repeating its Learning questions sections. */
function oneMegabytePlan(base: string): string {
  const start = base.indexOf('## Learning questions');
  const end = base.indexOf('## Closing');
  const repeated = start >= 0 && end > start ? base.slice(start, end) : base.slice(base.indexOf('## '));
  let text = base.slice(0, end > 0 ? end : base.length);
  while (text.length < 1_000_000) text += repeated;
  return text + (end > 0 ? base.slice(end) : '');
}

async function latency(client: LspClient, uri: string, text: string, runs: number): Promise<number[]> {
  await client.open(uri, text);
  await client.diagnostics(uri);
  const times: number[] = [];
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith('[[year:'));
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const version = await client.change(uri, [
      { range: { start: { line, character: 2 }, end: { line, character: 3 } }, text: run % 2 ? 'y' : 'Y' },
    ]);
    await client.diagnosticsForVersion(uri, version);
    times.push(performance.now() - start);
  }
  return times;
}

async function editorFigures(): Promise<void> {
  const { client, initialize } = await LspClient.start({ initializationOptions: { debounce: 0 } });
  try {
    const plan = fifteenKbPlan();
    const small = await latency(client, 'untitled:bench-15kb', plan, quick ? 60 : 300);
    const smallFigure = record(
      `didChange → diagnostics, ${(plan.length / 1024).toFixed(0)} KB plan`,
      'ms',
      small,
      'bench: 15 KB plan over stdio',
      { limit: 10, comparison: '<' },
    );
    const big = oneMegabytePlan(plan);
    const large = await latency(client, 'untitled:bench-1mb', big, quick ? 8 : 30);
    const largeFigure = record(
      `didChange → diagnostics, ${(big.length / 1024 / 1024).toFixed(2)} MB plan`,
      'ms',
      large,
      'bench: 1 MB plan over stdio',
      { limit: 100, comparison: '<' },
    );
    const perKbSmall = smallFigure.median / (plan.length / 1024);
    const perKbLarge = largeFigure.median / (big.length / 1024);
    record('time per KB, 1 MB ÷ 15 KB', 'ratio', [perKbLarge / perKbSmall], 'bench: the two medians per KB', {
      limit: 1.5,
      comparison: '<',
    });

    const lines = plan.split('\n');
    const sdgLine = lines.findIndex((candidate) => candidate.startsWith('[[sdgs:'));
    const uri = 'untitled:bench-15kb';
    if (initialize.capabilities.completionProvider) {
      const times: number[] = [];
      for (let run = 0; run < (quick ? 60 : 300); run++) {
        const start = performance.now();
        await client.connection.sendRequest(CompletionRequest.type, {
          textDocument: { uri },
          position: { line: sdgLine, character: 7 },
        });
        times.push(performance.now() - start);
      }
      record('completion after [[sdgs:, 15 KB plan', 'ms', times, 'bench: completion over stdio', {
        limit: 10,
        comparison: '<',
      });
    }
    await authoringFigures(client, plan);
    if (initialize.capabilities.hoverProvider) {
      const times: number[] = [];
      for (let run = 0; run < (quick ? 60 : 300); run++) {
        const start = performance.now();
        await client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri },
          position: { line: sdgLine, character: 9 },
        });
        times.push(performance.now() - start);
      }
      record('hover on an SDG, 15 KB plan', 'ms', times, 'bench: hover over stdio', {
        limit: 5,
        comparison: '<',
      });
    }
  } finally {
    await client.stop();
  }
}

/** Milliseconds of each of `runs` requests, one after the other. */
async function timed(runs: number, request: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await request();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * What an author asks for as they write: the longest completion list with its documentation (every country, with
 * its codes, official name and use), and the quick fixes at a misspelt value, fix all with every round included.
 */
async function authoringFigures(client: LspClient, plan: string): Promise<void> {
  const uri = 'untitled:bench-authoring';
  const lines = plan.split('\n');
  const methods = lines.findIndex((candidate) => candidate.startsWith('[[methods:'));
  lines.splice(methods, 0, '[[country:', '[[methods:Sensemakng]]');
  await client.open(uri, lines.join('\n'));
  await client.diagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'LP011'));
  const runs = quick ? 60 : 300;
  const countries = await timed(runs, () =>
    client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: methods, character: 10 },
    }),
  );
  record(
    'completion after [[country:, with documentation, 15 KB plan',
    'ms',
    countries,
    'bench: completion over stdio',
    {
      limit: 20,
      comparison: '<',
    },
  );
  const fixes = await timed(runs, () =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: methods + 1, character: 12 }, end: { line: methods + 1, character: 12 } },
      context: { diagnostics: [] },
    }),
  );
  record(
    'quick fixes with fix all at a misspelt value, 15 KB plan',
    'ms',
    fixes,
    'bench: codeAction over stdio',
    {
      limit: 20,
      comparison: '<',
    },
  );
}

/** The server's resident memory in megabytes, from /proc. */
function residentMegabytes(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/**
 * The resident memory once the server has settled: V8 gives back the room its heap grew into during a burst of work
 * when the process has been idle for a few seconds (its memory reducer). Read every half second until it has come
 * down and stayed the same for three seconds, or for at most 40 seconds.
 */
async function settledMegabytes(pid: number | undefined, peak: number): Promise<number> {
  let last = peak;
  let steadySince = performance.now();
  const start = performance.now();
  while (performance.now() - start < 40_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = residentMegabytes(pid);
    if (now !== last) {
      last = now;
      steadySince = performance.now();
    } else if (now < peak && performance.now() - steadySince >= 3_000) {
      break;
    }
  }
  return last;
}

async function memoryFigure(): Promise<void> {
  const texts = ['learningplan', 'experiment', 'solution'].flatMap((folder) =>
    readdirSync(join(CORPUS, folder)).map((name) => readFileSync(join(CORPUS, folder, name), 'utf8')),
  );
  const { client } = await LspClient.start({ initializationOptions: { debounce: 0 } });
  try {
    const count = 2000;
    for (let index = 0; index < count; index++)
      await client.open(`untitled:bench-${index}`, texts[index % texts.length]!);
    await client.diagnostics(`untitled:bench-${count - 1}`, () => true, 120_000);
    const peak = residentMegabytes(client.pid);
    record(
      `server memory as the ${count}th document is checked`,
      'MB',
      [peak],
      'bench: VmRSS of the server, at once',
    );
    record(
      `server memory with ${count} documents open, settled`,
      'MB',
      [await settledMegabytes(client.pid, peak)],
      'bench: VmRSS of the server, idle',
      { limit: 110, comparison: '<' },
    );
  } finally {
    await client.stop();
  }
}

/** 10,000 small plans in 100 folders, as a Lab's whole archive might be, for the server to read. */
function prepareTenThousandDocuments(): string {
  const folder = join(WORK, 'workspace-10000');
  rmSync(folder, { recursive: true, force: true });
  for (let lab = 0; lab < 100; lab++) {
    mkdirSync(join(folder, `lab-${lab}`), { recursive: true });
    for (let plan = 0; plan < 100; plan++) {
      const index = lab * 100 + plan;
      writeFileSync(
        join(folder, `lab-${lab}`, `plan-${plan}.md`),
        `# Plan ${index}\n\n[[focal_point:a@undp.org]]\n[[year:${2019 + (index % 7)}]]\n[[type:learningplan]]\n` +
          `[[sdgs:${1 + (index % 17)}. Goal]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n## Title\n\n` +
          `> Please provide a name for your action learning plan.\n\nPlan ${index}\n`,
      );
    }
  }
  return folder;
}

/** The server reads a 10,000-document workspace for its map: from the request to its answer. */
async function workspaceIndexFigure(): Promise<void> {
  const folder = prepareTenThousandDocuments();
  const times: number[] = [];
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'archive' }],
      settings: { validation: { workspace: false, debounce: 0 } },
    });
    try {
      const start = performance.now();
      const result = await client.connection.sendRequest(WorkspaceMapRequest);
      if (result.entries.length !== 10_000) throw new Error(`${result.entries.length} documents indexed`);
      times.push((performance.now() - start) / 1000);
    } finally {
      await client.stop();
    }
  }
  record('indexing a 10,000-document workspace', 's', times, 'bench: workspace map request over stdio', {
    limit: 3,
    comparison: '<',
  });
}

function sizeFigures(): void {
  const packaged = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  if (packaged.status !== 0) throw new Error('npm run package failed');
  const kb = (path: string) => statSync(join(ROOT, path)).size / 1024;
  record('dist/server-bundle.js (minified)', 'KB', [kb('dist/server-bundle.js')], 'npm run package');
  record('dist/client.js (minified)', 'KB', [kb('dist/client.js')], 'npm run package');
  record('dist/cli-bundle.js (minified)', 'KB', [kb('dist/cli-bundle.js')], 'npm run package');
  record(
    'bundled borders (dist/media/countries-50m.json)',
    'KB',
    [kb('dist/media/countries-50m.json')],
    'npm run package',
  );
  record('.vsix', 'KB', [kb('dist/learning-plans.vsix')], 'npm run package');
}

async function activationFigure(): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < (quick ? 3 : 10); run++) {
    const start = performance.now();
    const { client } = await LspClient.start();
    times.push(performance.now() - start);
    await client.stop();
  }
  const load = spawnSync(process.execPath, [join(ROOT, 'bench', 'loadClient.cjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const clientLoad = Number(load.stdout.trim());
  record('server start until initialize answers', 'ms', times, 'bench: spawn + initialize over stdio', {
    limit: 150,
    comparison: '<',
  });
  if (Number.isFinite(clientLoad))
    record(
      'loading dist/client.js (with a stand-in vscode module)',
      'ms',
      [clientLoad],
      'node bench/loadClient.cjs',
    );
}

function passes(figure: Figure): boolean {
  if (!figure.budget) return true;
  const value = figure.budget.comparison === '<' ? figure.p95 : figure.median;
  return figure.budget.comparison === '<' ? value < figure.budget.limit : value > figure.budget.limit;
}

function writeReport(): void {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB`;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine,
    quick,
    figures: figures.map((figure) => ({ ...figure, passes: passes(figure) })),
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const rows = figures.map((figure) => {
    const budget = figure.budget
      ? `${figure.budget.comparison === '<' ? 'p95 <' : 'median >'} ${figure.budget.limit} ${figure.unit} ${passes(figure) ? '✅' : '❌'}`
      : '';
    const digits =
      figure.unit === 'KB' || figure.unit === 'MB'
        ? 0
        : figure.unit === 's'
          ? 3
          : figure.unit === '×'
            ? 0
            : 2;
    return `| ${figure.name} | ${figure.median.toFixed(digits)} | ${figure.p95.toFixed(digits)} | ${figure.unit} | ${figure.runs} | ${budget} | \`${figure.command}\` |`;
  });
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${machine}, Node ${process.version}${quick ? ' (quick run)' : ''}.`,
    '',
    '| figure | median | p95 | unit | runs | budget | how |',
    '| --- | ---: | ---: | --- | ---: | --- | --- |',
    ...rows,
  ].join('\n');
  const path = join(ROOT, 'docs', 'performance.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '<!-- results -->\n<!-- /results -->\n';
  const updated = current.replace(
    /<!-- results -->[\s\S]*<!-- \/results -->/,
    `<!-- results -->\n${table}\n<!-- /results -->`,
  );
  writeFileSync(path, updated);
}

async function main(): Promise<void> {
  spawnSync('node', ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(WORK, { recursive: true });
  prepareThousandPlans();
  if (wanted('check')) {
    folderChecks('corpus sample', CORPUS, { ours: quick ? 3 : 9, others: quick ? 1 : 3 });
    folderChecks('1,000 plans', PLANS, { ours: quick ? 3 : 15, others: quick ? 1 : 3 });
  }
  if (wanted('editor')) await editorFigures();
  if (wanted('memory')) await memoryFigure();
  if (wanted('start')) await activationFigure();
  if (wanted('index')) await workspaceIndexFigure();
  if (wanted('portfolio')) await portfolioFigures(record, WORK, quick);
  if (wanted('size')) sizeFigures();
  // A partial run leaves the table of the last whole one.
  if (!only) writeReport();
  const missed = figures.filter((figure) => !passes(figure));
  for (const figure of missed) console.log(`Budget missed: ${figure.name}`);
  if (check && missed.length > 0) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
