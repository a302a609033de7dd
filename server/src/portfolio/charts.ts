/**
 * The portfolio's charts: what they count (pure data) and how they are drawn — small SVG figures, each with a title,
 * a description and the same data as a table, for the webview and the command line's page alike. Every text is
 * escaped; colours come from classes (the theme's, in the webview) except the goals' official ones.
 */
import type { PortfolioGoal, PortfolioRow } from '../service';
import { escapeMarkup } from './escape';
import { fill, plural, type PortfolioLabels } from './labels';

export interface Bar {
  label: string;
  value: number;
  /** A goal's official colour (`#rrggbb`); other bars take the class's colour. */
  colour?: string;
  className: string;
  /** A total of the rest ("71 other countries"): said with its number, drawn without a bar of the same scale. */
  rest?: boolean;
}

export interface BarChart {
  type: 'bars';
  id: string;
  title: string;
  /** The table's headers: what each bar is, and what it counts. */
  headers: [string, string];
  bars: Bar[];
}

export interface HeatChart {
  type: 'heat';
  id: string;
  title: string;
  /** The table's corner: methods down, years across. */
  corner: string;
  rows: string[];
  columns: string[];
  values: number[][];
}

export type Chart = BarChart | HeatChart;

const TOP_COUNTRIES = 12;
const TOP_METHODS = 10;
const LAST_YEARS = 8;

/** The four charts of a set of rows: SDG coverage, methods by year, documents per country and by readiness. */
export function portfolioCharts(
  rows: readonly PortfolioRow[],
  goals: readonly PortfolioGoal[],
  labels: PortfolioLabels,
): Chart[] {
  return [
    sdgChart(rows, goals, labels),
    methodsChart(rows, labels),
    countryChart(rows, labels),
    readinessChart(rows, labels),
  ];
}

function sdgChart(
  rows: readonly PortfolioRow[],
  goals: readonly PortfolioGoal[],
  labels: PortfolioLabels,
): BarChart {
  const counts = new Map<number, number>();
  for (const row of rows) for (const goal of row.sdgs) counts.set(goal, (counts.get(goal) ?? 0) + 1);
  return {
    type: 'bars',
    id: 'sdgs',
    title: labels.charts.sdgs,
    headers: [labels.charts.goal, labels.charts.documents],
    bars: goals.map((goal) => ({
      label: `${goal.number}. ${goal.name}`,
      value: counts.get(goal.number) ?? 0,
      colour: goal.colour,
      className: `lp-chart-sdg lp-sdg-${goal.number}`,
    })),
  };
}

function countryChart(rows: readonly PortfolioRow[], labels: PortfolioLabels): BarChart {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.country) counts.set(row.country, (counts.get(row.country) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const bars: Bar[] = sorted
    .slice(0, TOP_COUNTRIES)
    .map(([label, value]) => ({ label, value, className: 'lp-chart-bar' }));
  const rest = sorted.slice(TOP_COUNTRIES);
  if (rest.length > 0)
    bars.push({
      label: fill(labels.charts.otherCountries, rest.length),
      value: rest.reduce((sum, [, value]) => sum + value, 0),
      className: 'lp-chart-bar lp-chart-other',
      rest: true,
    });
  return {
    type: 'bars',
    id: 'countries',
    title: labels.charts.countries,
    headers: [labels.charts.country, labels.charts.documents],
    bars,
  };
}

function readinessChart(rows: readonly PortfolioRow[], labels: PortfolioLabels): BarChart {
  const verdicts = ['ready', 'blocked', 'none'] as const;
  return {
    type: 'bars',
    id: 'readiness',
    title: labels.charts.readiness,
    headers: [labels.charts.verdict, labels.charts.documents],
    bars: verdicts.map((verdict) => ({
      label: labels.readiness[verdict],
      value: rows.filter((row) => row.readiness === verdict).length,
      className: `lp-chart-${verdict}`,
    })),
  };
}

function methodsChart(rows: readonly PortfolioRow[], labels: PortfolioLabels): HeatChart {
  const byMethod = new Map<string, number>();
  for (const row of rows)
    for (const method of row.methods) byMethod.set(method, (byMethod.get(method) ?? 0) + 1);
  const methods = [...byMethod]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_METHODS)
    .map(([method]) => method);
  const years = [...new Set(rows.flatMap((row) => (row.year && /^\d{4}$/.test(row.year) ? [row.year] : [])))]
    .sort()
    .slice(-LAST_YEARS);
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const method of row.methods) {
      const key = `${method}\u0000${row.year}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const values = methods.map((method) => years.map((year) => counts.get(`${method}\u0000${year}`) ?? 0));
  return {
    type: 'heat',
    id: 'methods',
    title: labels.charts.methodsByYear,
    corner: `${labels.charts.method} / ${labels.charts.year}`,
    rows: methods,
    columns: years,
    values,
  };
}

const LABEL_WIDTH = 190;
const BAR_WIDTH = 150;
const ROW_HEIGHT = 18;
const NUMBER_WIDTH = 44;

/** A figure: the chart drawn, described, and given as a table too. */
export function chartFigure(chart: Chart, labels: PortfolioLabels, prefix: string): string {
  const id = `${prefix}-${chart.id}`;
  const empty = chart.type === 'bars' ? chart.bars.every((bar) => bar.value === 0) : chart.rows.length === 0;
  const drawing = empty
    ? `<p class="lp-chart-empty">${escapeMarkup(labels.charts.nothing)}</p>`
    : chart.type === 'bars'
      ? barsSvg(chart, labels, id)
      : heatSvg(chart, labels, id);
  return [
    `<figure class="lp-chart" id="${id}" aria-labelledby="${id}-caption">`,
    `<figcaption id="${id}-caption">${escapeMarkup(chart.title)}</figcaption>`,
    drawing,
    `<details class="lp-chart-data"><summary>${escapeMarkup(labels.charts.asTable)}</summary>`,
    chartTable(chart),
    '</details></figure>',
  ].join('');
}

/** Text cut to fit beside a bar; the whole text is in the bar's title and in the table. */
function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function barsSvg(chart: BarChart, labels: PortfolioLabels, id: string): string {
  const most = Math.max(1, ...chart.bars.filter((bar) => !bar.rest).map((bar) => bar.value));
  const width = LABEL_WIDTH + BAR_WIDTH + NUMBER_WIDTH;
  const height = chart.bars.length * ROW_HEIGHT + 4;
  const sorted = [...chart.bars].sort((a, b) => b.value - a.value).filter((bar) => bar.value > 0);
  const summary = sorted
    .slice(0, 3)
    .map((bar) => fill(labels.charts.bar, bar.label, plural(labels.documents, bar.value, labels.locale)))
    .join('; ');
  const bars = chart.bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 2;
    const length = bar.rest ? 0 : Math.round((bar.value / most) * BAR_WIDTH);
    const colour = bar.colour && /^#[0-9a-f]{6}$/i.test(bar.colour) ? ` fill="${bar.colour}"` : '';
    const said = fill(labels.charts.bar, bar.label, plural(labels.documents, bar.value, labels.locale));
    return (
      `<g><title>${escapeMarkup(said)}</title>` +
      `<text class="lp-chart-text" x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeMarkup(clip(bar.label, 28))}</text>` +
      `<rect class="${escapeMarkup(bar.className)}"${colour} x="${LABEL_WIDTH}" y="${y + 2}" width="${length}" height="${ROW_HEIGHT - 5}" rx="2"/>` +
      `<text class="lp-chart-text lp-chart-value" x="${LABEL_WIDTH + length + 4}" y="${y + 13}">${bar.value}</text></g>`
    );
  });
  return svg(id, width, height, chart.title, summary, bars.join(''));
}

function heatSvg(chart: HeatChart, labels: PortfolioLabels, id: string): string {
  const cell = 34;
  const top = 20;
  const width = LABEL_WIDTH + chart.columns.length * cell + 4;
  const height = top + chart.rows.length * ROW_HEIGHT + 4;
  const most = Math.max(1, ...chart.values.flat());
  const heads = chart.columns.map(
    (year, column) =>
      `<text class="lp-chart-text" x="${LABEL_WIDTH + column * cell + cell / 2}" y="14" text-anchor="middle">${escapeMarkup(year)}</text>`,
  );
  const cells = chart.rows.flatMap((method, row) => {
    const y = top + row * ROW_HEIGHT;
    const name = `<text class="lp-chart-text" x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeMarkup(clip(method, 28))}</text>`;
    return [
      name,
      ...chart.columns.map((year, column) => {
        const value = chart.values[row]![column]!;
        const x = LABEL_WIDTH + column * cell;
        // Light enough that the theme's text reads on the darkest cell.
        const opacity = value === 0 ? 0.04 : (0.12 + 0.33 * (value / most)).toFixed(2);
        const said = fill(
          labels.charts.methodCell,
          method,
          year,
          plural(labels.documents, value, labels.locale),
        );
        return (
          `<g><title>${escapeMarkup(said)}</title><rect class="lp-chart-heat" x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${ROW_HEIGHT - 2}" fill-opacity="${opacity}"/>` +
          `<text class="lp-chart-text" x="${x + cell / 2}" y="${y + 13}" text-anchor="middle">${value || ''}</text></g>`
        );
      }),
    ];
  });
  const summary = chart.rows.slice(0, 3).join('; ');
  return svg(id, width, height, chart.title, summary, heads.join('') + cells.join(''));
}

function svg(
  id: string,
  width: number,
  height: number,
  title: string,
  summary: string,
  body: string,
): string {
  return (
    `<svg class="lp-chart-svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(summary)}</desc>${body}</svg>`
  );
}

function chartTable(chart: Chart): string {
  const cell = (tag: 'th' | 'td', text: string | number, scope = '') =>
    `<${tag}${scope ? ` scope="${scope}"` : ''}>${escapeMarkup(String(text))}</${tag}>`;
  if (chart.type === 'bars') {
    const head = `<tr>${cell('th', chart.headers[0], 'col')}${cell('th', chart.headers[1], 'col')}</tr>`;
    const body = chart.bars.map((bar) => `<tr>${cell('th', bar.label, 'row')}${cell('td', bar.value)}</tr>`);
    return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
  }
  const head = `<tr>${cell('th', chart.corner, 'col')}${chart.columns.map((year) => cell('th', year, 'col')).join('')}</tr>`;
  const body = chart.rows.map(
    (method, row) =>
      `<tr>${cell('th', method, 'row')}${chart.values[row]!.map((value) => cell('td', value)).join('')}</tr>`,
  );
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}
