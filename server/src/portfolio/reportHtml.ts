/**
 * The portfolio as one static page a Lab can e-mail: the charts and the table, with its styles inside, nothing
 * fetched (its Content-Security-Policy forbids it), no script, every value escaped.
 */
import type { PortfolioGoal, PortfolioRow } from '../service';
import {
  completenessText,
  fileName,
  formText,
  kindText,
  problemsText,
  readinessText,
  sdgText,
  titleText,
} from './cells';
import { chartFigure, portfolioCharts } from './charts';
import { textColourOn } from './contrast';
import { escapeMarkup } from './escape';
import { fill, plural, type PortfolioLabels } from './labels';
import { COLUMNS } from './view';

export interface ReportMeta {
  /** When the documents were read, as the reader's language writes dates. */
  date: string;
  version: string;
  pathOf: (uri: string) => string;
}

export function portfolioHtml(
  rows: readonly PortfolioRow[],
  goals: readonly PortfolioGoal[],
  labels: PortfolioLabels,
  meta: ReportMeta,
): string {
  const title = plural(labels.reportTitle, rows.length, labels.locale);
  const charts = portfolioCharts(rows, goals, labels).map((chart) => chartFigure(chart, labels, 'lp-chart'));
  return `<!DOCTYPE html>
<html lang="${escapeMarkup(labels.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title>
<style>
${STYLES}
${goalStyles(goals)}
</style>
</head>
<body>
<main>
<h1>${escapeMarkup(title)}</h1>
<p class="lp-meta">${escapeMarkup(fill(labels.reportGenerated, meta.date, meta.version))}</p>
<section class="lp-charts">
${charts.join('\n')}
</section>
${reportTable(rows, goals, labels, meta)}
</main>
</body>
</html>
`;
}

function reportTable(
  rows: readonly PortfolioRow[],
  goals: readonly PortfolioGoal[],
  labels: PortfolioLabels,
  meta: ReportMeta,
): string {
  const head = COLUMNS.map((column) => `<th scope="col">${escapeMarkup(labels.columns[column])}</th>`).join(
    '',
  );
  const body = rows.map((row) => {
    const path = meta.pathOf(row.uri);
    const cells = [
      `<th scope="row">${escapeMarkup(titleText(row, labels))}<br><small>${escapeMarkup(path || fileName(row.uri))}</small></th>`,
      `<td>${escapeMarkup(kindText(row, labels))}<br><small>${escapeMarkup(formText(row, labels))}</small></td>`,
      `<td>${escapeMarkup(`${row.flag} ${row.country ?? ''}`.trim())}</td>`,
      `<td>${escapeMarkup(row.year ?? '')}</td>`,
      `<td>${row.sdgs.map((number) => `<span class="lp-sdg lp-sdg-${number}" title="${escapeMarkup(sdgText(number, goals))}">${number}</span>`).join(' ')}</td>`,
      `<td>${escapeMarkup(row.methods.join(', '))}</td>`,
      `<td>${escapeMarkup(completenessText(row, labels))}</td>`,
      `<td>${escapeMarkup(problemsText(row, labels))}</td>`,
      `<td class="lp-${row.readiness}">${escapeMarkup(readinessText(row, labels))}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>\n<caption>${escapeMarkup(labels.heading)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** Each goal's chip in its official colour, with black or white text, whichever reads better on it. */
function goalStyles(goals: readonly PortfolioGoal[]): string {
  return goals
    .filter((goal) => /^#[0-9a-f]{6}$/i.test(goal.colour))
    .map((goal) => `.lp-sdg-${goal.number}{background:${goal.colour};color:${textColourOn(goal.colour)}}`)
    .join('\n');
}

const STYLES = `:root{color-scheme:light dark;--fg:#1f1f1f;--bg:#ffffff;--muted:#555555;--line:#d0d0d0;--bar:#1f6fb2;--ready:#2e7d32;--blocked:#c62828}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#1e1e1e;--muted:#b0b0b0;--line:#444444;--bar:#6cb6ff;--ready:#81c784;--blocked:#ef9a9a}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:1400px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}
.lp-meta,small{color:var(--muted)}
.lp-charts{display:flex;flex-wrap:wrap;gap:24px;margin:16px 0 24px}
.lp-chart{margin:0;padding:12px;border:1px solid var(--line);border-radius:6px}
.lp-chart figcaption{font-weight:600;margin-bottom:6px}
.lp-chart-text{fill:currentColor;font-size:11px}
.lp-chart-bar,.lp-chart-heat{fill:var(--bar)}
.lp-chart-ready{fill:var(--ready)}
.lp-chart-blocked{fill:var(--blocked)}
.lp-chart-none{fill:var(--muted)}
.lp-chart-data table{margin-top:6px}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;font-size:1.2em;padding:6px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:var(--bg)}
.lp-sdg{display:inline-block;min-width:1.6em;padding:0 4px;border-radius:3px;text-align:center;font-weight:600}
td.lp-ready{color:var(--ready)}
td.lp-blocked{color:var(--blocked)}
@media print{.lp-chart-data{display:none}thead th{position:static}}`;
