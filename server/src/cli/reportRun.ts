import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeHost } from '../hosts/nodeFiles';
import { portfolioCsv, CSV_BOM } from '../portfolio/csv';
import { parseFilter } from '../portfolio/filter';
import { portfolioLabels } from '../portfolio/labels';
import { portfolioHtml } from '../portfolio/reportHtml';
import { DEFAULT_VIEW, visibleRows } from '../portfolio/view';
import { portfolioXlsx } from '../portfolio/xlsx';
import {
  createLanguageService,
  createLocalize,
  type Localize,
  type Portfolio,
  type PortfolioRow,
} from '../service';
import type { Command } from './args';
import { prefetch } from './prefetch';
import { readDocument } from './readDocument';
import { collectFiles } from './walk';
import { writeOutput } from './writeOutput';
import type { CliIo } from './io';

type ReportCommand = Extract<Command, { command: 'report' }>;

const EXIT_OK = 0;
const EXIT_TROUBLE = 2;

/**
 * `learning-plans report`: the portfolio of the documents under the paths — the rows the editor's portfolio shows,
 * filtered as asked, sorted by title — as CSV, JSON, an XLSX workbook or one HTML page.
 */
export async function runReport(command: ReportCommand, io: CliIo): Promise<number> {
  const complain = (message: string) => io.stderr(`learning-plans: ${message}\n`);
  const t = createLocalize(io.bundles?.[command.locale]);
  const display = (path: string) => {
    const shown = relative(io.cwd, path);
    return shown === '' || shown.startsWith('..') ? path : shown;
  };
  const output = command.output ? resolve(io.cwd, command.output) : null;
  if (command.format === 'xlsx' && !output && io.isTty) {
    complain(
      t('an XLSX workbook is binary: write it to a file with {0}, or pipe it.', '--output report.xlsx'),
    );
    return EXIT_TROUBLE;
  }
  const walked = await collectFiles(
    command.paths.map((path) => resolve(io.cwd, path)),
    t,
  );
  let trouble = walked.problems.length > 0;
  for (const problem of walked.problems) complain(`${display(problem.path)}: ${problem.message}`);
  if (output && walked.files.includes(output)) {
    complain(
      t(
        '{0} is one of the documents: the report would overwrite it. Choose another {1}.',
        display(output),
        '--output',
      ),
    );
    return EXIT_TROUBLE;
  }
  const service = createLanguageService(
    nodeHost(() => undefined, undefined, t),
    {
      t,
      locale: command.locale,
      configUri: command.config ? pathToFileURL(resolve(io.cwd, command.config)).href : null,
    },
  );
  for await (const [path, read] of prefetch(walked.files, (file) => readDocument(file, false, t))) {
    if (read.ok) await service.addFile(pathToFileURL(path).href, read.text);
    else if (read.reason === 'unreadable') {
      complain(`${display(path)}: ${read.message}`);
      trouble = true;
    }
  }
  const portfolio = await service.portfolio();
  const rows = visibleRows(portfolio.rows, { ...DEFAULT_VIEW, filter: parseFilter(command.filter) });
  const pathOf = (uri: string) => display(fileURLToPath(uri));
  const content = await render(command, io, { ...portfolio, rows }, pathOf, t);
  const written = await deliver(content, output, io, t);
  if (written !== null) complain(written);
  return written !== null || trouble ? EXIT_TROUBLE : EXIT_OK;
}

async function render(
  command: ReportCommand,
  io: CliIo,
  { rows, goals }: Portfolio,
  pathOf: (uri: string) => string,
  t: Localize,
): Promise<string | Uint8Array> {
  const labels = portfolioLabels(t, command.locale);
  switch (command.format) {
    case 'csv':
      return (command.output ? CSV_BOM : '') + portfolioCsv(rows, labels, goals, pathOf);
    case 'json':
      return `${JSON.stringify({ documents: rows.map((row) => jsonRow(row, pathOf)), goals }, null, 2)}\n`;
    case 'xlsx':
      return portfolioXlsx(rows, labels, goals, pathOf);
    case 'html': {
      const date = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long' }).format(
        io.now?.() ?? new Date(),
      );
      return portfolioHtml(rows, goals, labels, { date, version: io.version, pathOf });
    }
  }
}

/** A row as the JSON report writes it: its path instead of its URI, the rest as the portfolio has it. */
function jsonRow({ uri, ...row }: PortfolioRow, pathOf: (uri: string) => string) {
  return { path: pathOf(uri), ...row };
}

/** Writes the report to the file or to standard output; a message when it could not be written. */
async function deliver(
  content: string | Uint8Array,
  output: string | null,
  io: CliIo,
  t: Localize,
): Promise<string | null> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (output) {
    const written = await writeOutput(output, bytes, t);
    return written.ok ? null : `${output}: ${written.message}`;
  }
  if (typeof content === 'string') io.stdout(content);
  else if (io.stdoutBytes) io.stdoutBytes(content);
  else return t('cannot write binary output here: use {0}.', '--output');
  return null;
}
