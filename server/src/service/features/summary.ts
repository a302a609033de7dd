import { isInsideCountry } from '../geo/borders';
import { parseLatLng } from '../geo/latlng';
import type { DocumentAnalysis } from '../analysis/types';
import { completeness, type Completeness } from '../forms/completeness';
import type { QuestionStatus } from '../forms/questionStatus';
import type { ParsedDocument, Severity } from '../model';
import { english, type Localize } from '../l10n';
import type { Finding } from '../rules/types';
import { readiness, type Readiness } from './readiness';
import { flagEmoji, resolveCountry } from '../vocab/countries';
import { sdgVocabulary } from '../vocab/sdgs';

/** What the preview and the maps show of a document: plain data, ready to cross the wire. */
export interface DocumentSummary {
  kind: string;
  form: string | null;
  formLabel: string | null;
  title: string;
  titleLine: number;
  year: string | null;
  focalPoint: { value: string; line: number } | null;
  sdgs: { number: number; name: string; colour: string; line: number }[];
  methods: { value: string; line: number }[];
  /** Other tags (datasources, thematic areas, experiment answers…), in order. */
  otherTags: { key: string; value: string; line: number }[];
  places: PlaceSummary[];
  sections: SectionSummary[];
  completeness: Completeness;
  /** Ready for the platform, or what blocks it. */
  readiness: Readiness;
  diagnostics: Record<Severity, number> & { firstLine: number | null };
}

export interface PlaceSummary {
  country: string;
  countryLine: number;
  alpha2: string | null;
  numeric: string | null;
  flag: string;
  /** The location that goes with the country, when there is one. */
  point: { lat: number; lng: number; line: number } | null;
  /** Whether the location lies in the country: null when unknown (no location, or no borders). */
  inside: boolean | null;
}

export interface SectionSummary {
  heading: string;
  line: number;
  questions: QuestionSummary[];
}

export interface QuestionSummary {
  prompt: string;
  line: number;
  /** The answer's Markdown, or null when unanswered. */
  answer: string | null;
  answerLine: number | null;
  /** Index of the `<div class="group">` holding the question, or -1. */
  group: number;
  /**
   * Where the question stands: answered, unanswered, a placeholder, optional, never exported, not a question of the
   * form, or a spare partner slot. Only answered, unanswered and placeholder count in the completeness figures.
   */
  status: QuestionStatus;
}

const SKIPPED_KEYS: ReadonlySet<string> = new Set([
  'focal_point',
  'year',
  'type',
  'sdgs',
  'methods',
  'country',
  'latlng',
]);

export function summarize(
  analysis: DocumentAnalysis,
  findings: readonly Finding[],
  t: Localize = english,
): DocumentSummary {
  const { doc, form, match, statuses } = analysis;
  const tag = (key: string) => doc.tags.find((candidate) => candidate.key.toLowerCase() === key);
  const focal = tag('focal_point');
  return {
    kind: doc.kind,
    form: form?.id ?? null,
    formLabel: form?.label ?? null,
    title: doc.title?.text ?? '',
    titleLine: doc.title?.line ?? 0,
    year: tag('year')?.value ?? null,
    focalPoint: focal ? { value: focal.value, line: focal.line } : null,
    sdgs: doc.tags.flatMap((candidate) => {
      if (candidate.key.toLowerCase() !== 'sdgs') return [];
      const goal = sdgVocabulary.lookup(candidate.value)?.entry;
      return goal
        ? [{ number: goal.number, name: goal.name, colour: goal.colour, line: candidate.line }]
        : [];
    }),
    methods: doc.tags
      .filter((candidate) => candidate.key.toLowerCase() === 'methods')
      .map((t) => ({ value: t.value, line: t.line })),
    otherTags: doc.tags
      .filter((candidate) => !SKIPPED_KEYS.has(candidate.key.toLowerCase()))
      .map((candidate) => ({ key: candidate.key, value: candidate.value, line: candidate.line })),
    places: placeSummaries(doc),
    sections: sections(doc, statuses),
    completeness: completeness(doc, match, statuses),
    readiness: readiness(analysis, findings, t),
    diagnostics: countFindings(findings),
  };
}

export function placeSummaries(doc: ParsedDocument): PlaceSummary[] {
  const countries = doc.tags.filter((tag) => tag.key.toLowerCase() === 'country');
  const latlngs = doc.tags.filter((tag) => tag.key.toLowerCase() === 'latlng');
  const count = Math.max(countries.length, latlngs.length);
  const result: PlaceSummary[] = [];
  for (let index = 0; index < count; index++) {
    const countryTag = countries[index];
    const latlngTag = latlngs[index];
    const country = countryTag ? resolveCountry(countryTag.value)?.country : undefined;
    const parsed = latlngTag ? parseLatLng(latlngTag.value) : null;
    const point =
      parsed && latlngTag && Math.abs(parsed.lat) <= 90 && Math.abs(parsed.lng) <= 180
        ? { ...parsed, line: latlngTag.line }
        : null;
    result.push({
      country: countryTag?.value ?? '',
      countryLine: countryTag?.line ?? latlngTag?.line ?? 0,
      alpha2: country?.alpha2 ?? null,
      numeric: country?.numeric ?? null,
      flag: country ? flagEmoji(country.alpha2) : '',
      point,
      inside: country && point ? (isInsideCountry(country, point) ?? null) : null,
    });
  }
  return result;
}

function sections(doc: ParsedDocument, statuses: readonly QuestionStatus[]): SectionSummary[] {
  const result: SectionSummary[] = [];
  const summarize = (index: number) => summarizeQuestion(doc.questions[index]!, statuses[index]!);
  const loose = doc.questions.flatMap((question, index) => (question.section < 0 ? [index] : []));
  if (loose.length > 0)
    result.push({ heading: '', line: doc.questions[loose[0]!]!.line, questions: loose.map(summarize) });
  for (const section of doc.sections) {
    result.push({
      heading: section.heading.text,
      line: section.heading.line,
      questions: section.questions.filter((index) => doc.questions[index] !== undefined).map(summarize),
    });
  }
  return result;
}

function summarizeQuestion(
  question: ParsedDocument['questions'][number],
  status: QuestionStatus,
): QuestionSummary {
  return {
    prompt: question.prompt,
    line: question.line,
    answer: question.answer?.text ?? null,
    answerLine: question.answer?.range.start.line ?? null,
    group: question.group,
    status,
  };
}

function countFindings(findings: readonly Finding[]): DocumentSummary['diagnostics'] {
  const counts = { error: 0, warning: 0, information: 0, hint: 0, firstLine: null as number | null };
  for (const finding of findings) {
    counts[finding.severity]++;
    if (finding.severity !== 'hint' && counts.firstLine === null) counts.firstLine = finding.range.start.line;
  }
  return counts;
}
