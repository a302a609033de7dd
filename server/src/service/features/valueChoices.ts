import { displayLocale, type Localize } from '../l10n';
import type { ParsedDocument } from '../model';
import { countryLocation } from '../geo/countryLocation';
import { COUNTRIES } from '../vocab/countries';
import { enumVocabulary } from '../vocab/enums';
import { METHODS } from '../vocab/methods';
import { fold } from '../vocab/normalize';
import { preferredOpenValues } from '../vocab/openVocabularies';
import { SDGS } from '../vocab/sdgs';
import { toolkitVocabulary } from '../vocab/toolkit';
import type { VocabEntry } from '../vocab/vocabulary';
import { answerDocs, countryDocs, methodDocs, openValueDocs, sdgDocs } from './vocabularyDocs';

export interface ValueChoice {
  /** What is inserted: always the platform's canonical spelling. */
  value: string;
  label?: string;
  detail?: string;
  /** Markdown: what the value is (a goal's statement, a method's definition, a country's official name…). */
  documentation?: string;
  /** The spelling the editor filters on: the alias that best matches what was typed (typing `Cabo` finds Cape Verde). */
  filterText?: string;
  /** A line to add below, such as the country's `[[latlng:…]]` when the document has none. */
  followingLine?: string;
}

interface ChoiceOptions {
  t: Localize;
  currentYear: number;
  /** The display language, for vocabulary labels with a translation (en, es, fr, pt). */
  locale?: string;
}

function goalName(goal: (typeof SDGS)[number], locale: string | undefined): string {
  const language = displayLocale(locale);
  return language ? goal.names[language] : goal.name;
}

const ARCHIVE_TYPES = ['learningplan', 'experiment', 'solution'];
const FIRST_YEAR = 2019;
/** An open list has hundreds of values: those that best continue what is typed, the most used first. */
const OPEN_CHOICES = 60;

/** The values a key takes, best first, for completion. */
export function valueChoices(
  doc: ParsedDocument,
  key: string,
  typed: string,
  options: ChoiceOptions,
): ValueChoice[] {
  switch (key) {
    case 'sdgs':
    case 'frontmatter:sdg':
      return SDGS.map((goal) => ({
        value: key === 'sdgs' ? goal.canonical : `${goal.number} ${goal.name}`,
        detail: options.t('SDG {0}: {1}', goal.number, goalName(goal, options.locale)),
        documentation: sdgDocs(goal, options, false),
        filterText: bestSpelling(goal, typed),
      }));
    case 'methods':
      return [...METHODS]
        .sort((a, b) => b.count - a.count)
        .map((method) => ({
          value: method.canonical,
          detail: options.t('Used {0} times', method.count),
          documentation: methodDocs(method, options),
          filterText: bestSpelling(method, typed),
        }));
    case 'datasources':
    case 'thematic_areas':
      return openChoices(key, typed, options);
    case 'country':
      return countryChoices(doc, typed, options);
    case 'type':
      return ARCHIVE_TYPES.map((type) => ({ value: type }));
    case 'year':
      return years(options.currentYear).map((year) => ({ value: String(year) }));
    case 'latlng':
      return latlngChoices(doc, options);
    default:
      return key.startsWith('frontmatter:')
        ? toolkitChoices(key.slice('frontmatter:'.length))
        : answerChoices(key, options);
  }
}

/** A toolkit card's list (signature solutions, enablers, RBLAC priorities), in the toolkit's order. */
function toolkitChoices(key: string): ValueChoice[] {
  return (toolkitVocabulary(key)?.entries ?? []).map((entry) => ({ value: entry.canonical }));
}

/** The answers of a closed list (an experiment's status, its type…), in the form's order. */
function answerChoices(key: string, options: ChoiceOptions): ValueChoice[] {
  const answers = enumVocabulary(key)?.entries ?? [];
  return answers.map((answer) => ({
    value: answer.canonical,
    detail: options.t('Used {0} times', answer.count),
    documentation: answerDocs(key, answer, answers, options),
  }));
}

/** The values of an open list whose words start with what is typed, the most used first. */
function openChoices(key: string, typed: string, options: ChoiceOptions): ValueChoice[] {
  const words = fold(typed);
  const fits = (value: string) =>
    words === '' || fold(value).startsWith(words) || fold(value).includes(` ${words}`);
  return preferredOpenValues(key)
    .filter((value) => fits(value.value))
    .slice(0, OPEN_CHOICES)
    .map((value) => ({
      value: value.value,
      detail: options.t('Used {0} times', value.count),
      documentation: openValueDocs(key, value, options),
    }));
}

function countryChoices(doc: ParsedDocument, typed: string, options: ChoiceOptions): ValueChoice[] {
  const hasLatlng = doc.tags.some((tag) => tag.key.toLowerCase() === 'latlng');
  return COUNTRIES().map((country) => {
    const spelling = bestSpelling(country, typed);
    const point = hasLatlng ? undefined : countryLocation(country.canonical);
    const language = displayLocale(options.locale);
    const localName = language ? country[language] : null;
    const detail =
      spelling !== country.canonical
        ? spelling
        : localName && localName !== country.canonical
          ? localName
          : null;
    const documentation = countryDocs(country, options);
    return {
      value: country.canonical,
      ...(detail ? { detail } : {}),
      filterText: spelling,
      documentation: point
        ? `${documentation}\n\n${options.t("Also adds the country's location: {0},{1}", point.lat, point.lng)}`
        : documentation,
      ...(point ? { followingLine: `[[latlng:${point.lat},${point.lng}]]` } : {}),
    };
  });
}

function latlngChoices(doc: ParsedDocument, options: ChoiceOptions): ValueChoice[] {
  const country = doc.tags.find((tag) => tag.key.toLowerCase() === 'country')?.value;
  const point = country ? countryLocation(country) : undefined;
  if (!country || !point) return [];
  return [{ value: `${point.lat},${point.lng}`, detail: options.t('The centre of {0}', country) }];
}

/** This year first, then the years before it, then next year (plans are written ahead). */
function years(current: number): number[] {
  const list: number[] = [];
  for (let year = current; year >= FIRST_YEAR; year--) list.push(year);
  return [...list, current + 1];
}

/** Of an entry's spellings, the one that best continues what was typed: a prefix first, then a contained word. */
function bestSpelling(entry: VocabEntry, typed: string): string {
  const key = fold(typed);
  if (key === '') return entry.canonical;
  const spellings = [entry.canonical, ...(entry.aliases ?? [])];
  return (
    spellings.find((spelling) => fold(spelling).startsWith(key)) ??
    spellings.find((spelling) => fold(spelling).includes(key)) ??
    entry.canonical
  );
}
