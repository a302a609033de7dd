import { countryAt, isInsideCountry, distanceToCountryKm } from '../geo/borders';
import { parseLatLng } from '../geo/latlng';
import type { DocumentAnalysis } from '../analysis/types';
import { questionForPrompt, sectionForHeading } from '../forms';
import { completeness } from '../forms/completeness';
import type { Localize } from '../l10n';
import type { Position, Range, Tag } from '../model';
import { containsPosition } from '../text/lines';
import { escapeMarkdown } from '../text/markdown';
import { flagEmoji, resolveCountry, type Country } from '../vocab/countries';
import { enumVocabulary } from '../vocab/enums';
import { methodVocabulary } from '../vocab/methods';
import { knownOpenValue } from '../vocab/openVocabularies';
import { sdgVocabulary } from '../vocab/sdgs';
import { tagKey } from '../vocab/tagKeys';
import { answerDocs, countryHeading, keyDocs, methodDocs, openValueDocs, sdgDocs } from './vocabularyDocs';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface HoverOptions {
  t: Localize;
  locale: string;
}

/** What the thing under the cursor is: a tag's key or value, a section heading, a question prompt. */
export function hover(
  analysis: DocumentAnalysis,
  position: Position,
  options: HoverOptions,
): HoverResult | null {
  const { doc } = analysis;
  if (doc.kind === 'other') return null;
  const tag = doc.tags.find(
    (candidate) => candidate.line === position.line && containsPosition(candidate.range, position),
  );
  if (tag)
    return containsPosition(tag.valueRange, position)
      ? valueHover(analysis, tag, options)
      : keyHover(analysis, tag, options);
  const section = doc.sections.find((candidate) => candidate.heading.line === position.line);
  if (section) return sectionHover(analysis, section.heading.range, section.heading.text, options);
  const question = doc.questions.find((candidate) => containsPosition(candidate.promptRange, position));
  if (question) return promptHover(analysis, question.prompt, question.promptRange, options);
  return null;
}

function keyHover(analysis: DocumentAnalysis, tag: Tag, options: HoverOptions): HoverResult | null {
  const known = tagKey(tag.key.toLowerCase());
  if (!known) return null;
  const contents = keyDocs(known, analysis.doc.kind, analysis.form?.id ?? null, options);
  return { contents, range: tag.keyRange };
}

function valueHover(analysis: DocumentAnalysis, tag: Tag, options: HoverOptions): HoverResult | null {
  const key = tag.key.toLowerCase();
  const contents =
    key === 'sdgs'
      ? sdgHover(tag.value, options)
      : key === 'methods'
        ? methodHover(tag.value, options)
        : key === 'country'
          ? countryHover(analysis, tag, options)
          : key === 'latlng'
            ? latlngHover(tag.value, options)
            : key === 'datasources' || key === 'thematic_areas'
              ? openValueHover(key, tag.value, options)
              : enumHover(key, tag.value, options);
  return contents ? { contents, range: tag.valueRange } : null;
}

function sdgHover(value: string, options: HoverOptions): string | null {
  const goal = sdgVocabulary.lookup(value)?.entry;
  return goal ? sdgDocs(goal, options) : null;
}

function methodHover(value: string, options: HoverOptions): string | null {
  const method = methodVocabulary.lookup(value)?.entry;
  return method ? methodDocs(method, options) : null;
}

function openValueHover(key: string, value: string, options: HoverOptions): string | null {
  const known = knownOpenValue(key, value);
  return known ? openValueDocs(key, known, options) : null;
}

function countryHover(analysis: DocumentAnalysis, tag: Tag, options: HoverOptions): string | null {
  const resolved = resolveCountry(tag.value);
  if (!resolved) return null;
  const { country, place } = resolved;
  const pair = analysis.pairs.find((candidate) => candidate.countryTag === tag);
  return [
    countryHeading(country, options, place?.name),
    ...(country.official && country.official !== country.canonical
      ? [options.t('Official name: {0}', country.official)]
      : []),
    pair ? locationNote(country, pair.point, options) : options.t('No `[[latlng:…]]` goes with it.'),
  ].join('\n\n');
}

function locationNote(country: Country, point: { lat: number; lng: number }, { t }: HoverOptions): string {
  const inside = isInsideCountry(country, point);
  if (inside === undefined)
    return t('The bundled borders do not cover {0}: its location is not checked.', country.canonical);
  if (inside) return t('Its location {0},{1} lies in {2}.', point.lat, point.lng, country.canonical);
  const distance = Math.round(distanceToCountryKm(country, point) ?? 0);
  return t(
    'Its location {0},{1} lies {2} km outside {3}.',
    point.lat,
    point.lng,
    distance,
    country.canonical,
  );
}

function latlngHover(value: string, { t }: HoverOptions): string | null {
  const point = parseLatLng(value);
  if (!point) return null;
  const country = countryAt(point);
  return country
    ? t('{0},{1} lies in {2} {3}.', point.lat, point.lng, flagEmoji(country.alpha2), country.canonical)
    : t(
        '{0},{1} lies in no country (at sea, or on an island too small for the bundled borders).',
        point.lat,
        point.lng,
      );
}

function enumHover(key: string, value: string, options: HoverOptions): string | null {
  const vocabulary = enumVocabulary(key);
  const match = vocabulary?.lookup(value);
  if (!vocabulary || !match) return null;
  return answerDocs(key, match.entry, vocabulary.entries, options, value);
}

function sectionHover(
  { doc, form, match, statuses }: DocumentAnalysis,
  range: Range,
  heading: string,
  { t }: HoverOptions,
): HoverResult | null {
  const section = form ? sectionForHeading(form, heading) : undefined;
  if (!form || !section) return null;
  const position = form.sections.indexOf(section) + 1;
  const counted = completeness(doc, match, statuses).sections.find(
    (entry) => entry.line === range.start.line,
  );
  // The heading and the label may come from a Lab's edition of the form: shown as written, never as Markdown.
  const label = escapeMarkdown(t(form.label));
  const lines = [
    `**${escapeMarkdown(section.heading)}** — ${t('section {0} of {1} of the {2}', position, form.sections.length, label)}`,
    section.required ? t('Required.') : t('Optional.'),
  ];
  if (section.repeatable) lines.push(t('Repeat it once per learning question.'));
  if (section.emptyByDesign) lines.push(t('Empty on purpose: its answers are the tags.'));
  if (counted) lines.push(t('{0} of {1} questions answered.', counted.answered, counted.total));
  return { contents: lines.join('\n\n'), range };
}

function promptHover(
  { form }: DocumentAnalysis,
  prompt: string,
  range: Range,
  { t }: HoverOptions,
): HoverResult | null {
  const found = form ? questionForPrompt(form, prompt) : undefined;
  if (!form || !found) return null;
  const { question, section } = found;
  const lines = [`**${escapeMarkdown(section.heading)}** · ${escapeMarkdown(t(form.label))}`];
  if (question.limit?.characters) lines.push(t('At most {0} characters.', question.limit.characters));
  if (question.limit?.items) lines.push(t('At most {0} items.', question.limit.items));
  if (question.options)
    lines.push(t('Answer with `- ` items from: {0}.', question.options.map(escapeMarkdown).join(' · ')));
  if (question.answer === 'header') lines.push(t('Answered by the groups that follow.'));
  if (question.optional) lines.push(t('May be left empty.'));
  return { contents: lines.join('\n\n'), range };
}
