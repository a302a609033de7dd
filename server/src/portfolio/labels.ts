/**
 * Every word the portfolio shows — in the webview, the exported files and the command line's report — written once
 * here and translated by whoever asks: the extension with VS Code's `l10n.t`, the command line with its own bundle.
 */
import type { ColumnId, GroupBy } from './view';

/** A message with `{0}` (and `{1}`) standing for values. */
export type Template = string;

/** A count's words in the singular and in the plural, `{0}` standing for the count. */
export interface Plural {
  one: string;
  other: Template;
}

export interface PortfolioLabels {
  locale: string;
  heading: string;
  columns: Record<ColumnId, string>;
  /** The columns of an exported file, which splits some of the table's (answered and asked, errors and warnings). */
  exportColumns: {
    file: string;
    title: string;
    kind: string;
    form: string;
    edition: string;
    country: string;
    year: string;
    sdgs: string;
    methods: string;
    answered: string;
    asked: string;
    errors: string;
    warnings: string;
    readiness: string;
    blockers: string;
  };
  kinds: Record<string, string>;
  forms: Record<string, string>;
  /** The platform's editions of a form, by `form:edition`; a Lab's own editions show by their name. */
  editions: Record<string, string>;
  readiness: { ready: string; blocked: string; none: string };
  groupings: Record<GroupBy, string>;
  /** `{0}` the document's title. */
  select: Template;
  selectAll: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  any: string;
  groupBy: string;
  clearFilters: string;
  showCharts: string;
  hideCharts: string;
  exportCsv: string;
  exportXlsx: string;
  showOnMap: string;
  /** `{0}` how many are selected. */
  editTags: Template;
  editTagsNone: string;
  clearSelection: string;
  /** `{0}` shown, `{1}` in all. */
  shownOf: Template;
  documents: Plural;
  errors: Plural;
  warnings: Plural;
  /** `{0}` how many are selected. */
  selected: Template;
  /** `{0}` the column, then the direction. */
  sortedAscending: Template;
  sortedDescending: Template;
  noCountry: string;
  noYear: string;
  /** `{0}` the group, `{1}` how many documents. */
  group: Template;
  /** `{0}` the file name. */
  untitled: Template;
  /** `{0}` answered, `{1}` asked. */
  answered: Template;
  nothingAsked: string;
  noProblems: string;
  /** `{0}` the first thing that blocks it, `{1}` how many more. */
  blockedMore: Template;
  loading: string;
  empty: string;
  noMatch: string;
  incomplete: string;
  openHint: string;
  charts: {
    sdgs: string;
    methodsByYear: string;
    countries: string;
    readiness: string;
    /** `{0}` the goal's number, `{1}` its name, `{2}` how many documents cite it. */
    sdgBar: Template;
    /** `{0}` the country or the verdict, `{1}` how many documents. */
    bar: Template;
    /** `{0}` the method, `{1}` the year, `{2}` how many documents use it then. */
    methodCell: Template;
    /** `{0}` how many other countries. */
    otherCountries: Template;
    goal: string;
    documents: string;
    method: string;
    country: string;
    year: string;
    verdict: string;
    asTable: string;
    nothing: string;
  };
  /** The command line's page: `{0}` how many documents. */
  reportTitle: Plural;
  /** `{0}` the date, `{1}` the tool's version. */
  reportGenerated: Template;
}

type Translate = (message: string, ...args: (string | number)[]) => string;

export function portfolioLabels(t: Translate, locale: string): PortfolioLabels {
  return {
    locale: intlLocale(locale),
    heading: t('Portfolio'),
    columns: columnLabels(t),
    exportColumns: exportColumnLabels(t),
    kinds: {
      learningplan: t('Learning plan'),
      experiment: t('Experiment'),
      solution: t('Solution'),
      toolkit: t('Toolkit card'),
    },
    forms: {
      plan: t('Plan form'),
      closing: t('Closing form'),
      experiment: t('Experiment form'),
      solution: t('Solution form'),
      toolkit: t('Toolkit card'),
    },
    editions: {
      'closing:learning': t('learning challenge'),
      'closing:frontier': t('frontier challenge'),
      // The current edition of the experiment form needs no word.
      'experiment:learning': '',
      'experiment:review': t('2021–2022 form'),
    },
    readiness: {
      ready: t('Ready for the platform'),
      blocked: t('Not ready'),
      none: t('Not for the platform'),
    },
    groupings: { none: t('Nothing'), country: t('Country'), year: t('Year') },
    ...toolbarLabels(t),
    ...cellLabels(t),
    charts: chartLabels(t),
    reportTitle: { one: t('Portfolio of 1 document'), other: t('Portfolio of {0} documents') },
    reportGenerated: t('Made on {0} by learning-plans {1}, from the documents as they were then.'),
  };
}

function columnLabels(t: Translate): PortfolioLabels['columns'] {
  return {
    title: t('Title'),
    kind: t('Type'),
    country: t('Country'),
    year: t('Year'),
    sdgs: t('SDGs'),
    methods: t('Methods'),
    completeness: t('Completeness'),
    problems: t('Problems'),
    readiness: t('Readiness'),
  };
}

function exportColumnLabels(t: Translate): PortfolioLabels['exportColumns'] {
  return {
    file: t('File'),
    title: t('Title'),
    kind: t('Type'),
    form: t('Form'),
    edition: t('Edition'),
    country: t('Country'),
    year: t('Year'),
    sdgs: t('SDGs'),
    methods: t('Methods'),
    answered: t('Questions answered'),
    asked: t('Questions asked'),
    errors: t('Errors'),
    warnings: t('Warnings'),
    readiness: t('Readiness'),
    blockers: t('What blocks it'),
  };
}

function toolbarLabels(t: Translate) {
  return {
    select: t('Select {0}'),
    selectAll: t('Select all shown'),
    search: t('Search'),
    searchPlaceholder: t('Title, country, method, file…'),
    filters: t('Filters'),
    any: t('Any'),
    groupBy: t('Group by'),
    clearFilters: t('Clear filters'),
    showCharts: t('Show charts'),
    hideCharts: t('Hide charts'),
    exportCsv: t('Export CSV…'),
    exportXlsx: t('Export XLSX…'),
    showOnMap: t('Show on map'),
    editTags: t('Edit tags of {0} selected…'),
    editTagsNone: t('Select documents to edit their tags'),
    clearSelection: t('Clear selection'),
    shownOf: t('{0} of {1} shown'),
    documents: { one: t('1 document'), other: t('{0} documents') },
    errors: { one: t('1 error'), other: t('{0} errors') },
    warnings: { one: t('1 warning'), other: t('{0} warnings') },
    selected: t('{0} selected'),
    sortedAscending: t('Sorted by {0}, ascending'),
    sortedDescending: t('Sorted by {0}, descending'),
  };
}

function cellLabels(t: Translate) {
  return {
    noCountry: t('No country'),
    noYear: t('No year'),
    // A format, the same in every language.
    group: '{0} ({1})',
    untitled: t('Untitled ({0})'),
    answered: t('{0}/{1} answered'),
    nothingAsked: t('No questions'),
    noProblems: t('No problems'),
    blockedMore: t('{0} (and {1} more)'),
    loading: t('Reading the workspace…'),
    empty: t('No learning plans, experiments, solutions or toolkit cards in this workspace.'),
    noMatch: t('No document matches these filters.'),
    incomplete: t('Reading the workspace was cancelled: some documents are missing.'),
    openHint: t('Enter or click opens the document at its first problem; Space selects it.'),
  };
}

function chartLabels(t: Translate): PortfolioLabels['charts'] {
  return {
    sdgs: t('SDG coverage'),
    methodsByYear: t('Methods by year'),
    countries: t('Documents per country'),
    readiness: t('Documents by readiness'),
    sdgBar: t('SDG {0}, {1}: {2}'),
    bar: '{0}: {1}',
    methodCell: t('{0} in {1}: {2}'),
    otherCountries: t('{0} other countries'),
    goal: t('Goal'),
    documents: t('Documents'),
    method: t('Method'),
    country: t('Country'),
    year: t('Year'),
    verdict: t('Verdict'),
    asTable: t('The data as a table'),
    nothing: t('No data to chart.'),
  };
}

/** A template with its values, as the labels' translator would fill it. */
export function fill(template: Template, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** A count in words, singular or plural as the language has it. */
export function plural(words: Plural, count: number, locale: string): string {
  const rule = new Intl.PluralRules(pluralLocale(locale)).select(count);
  return rule === 'one' && count === 1 ? words.one : fill(words.other, count);
}

function pluralLocale(locale: string): string {
  return intlLocale(locale);
}

/** A locale the Intl functions accept (a POSIX `C` or a stray value becomes English). */
export function intlLocale(locale: string): string {
  try {
    return Intl.PluralRules.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en';
  }
}
