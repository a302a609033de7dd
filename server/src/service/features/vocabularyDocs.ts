import { displayLocale, type Localize } from '../l10n';
import type { DocKind, FormId } from '../model';
import { escapeMarkdown } from '../text/markdown';
import { flagEmoji, type Country } from '../vocab/countries';
import type { EnumValue } from '../vocab/enums';
import type { Method } from '../vocab/methods';
import type { OpenValue } from '../vocab/openVocabularies';
import { fieldName, PLATFORM_FIELDS } from '../vocab/platformFields';
import type { Sdg } from '../vocab/sdgs';
import type { TagKey } from '../vocab/tagKeys';

/**
 * What the vocabularies know of a value, as Markdown, for hover and completion alike: a goal's statement, a method's
 * definition, a country's official name and codes, how often the archive uses it. The vocabularies are the
 * extension's own text; what comes from a document is escaped, shown word for word.
 */
export interface DocsOptions {
  t: Localize;
  /** The display language (en, es, fr, pt). */
  locale?: string;
}

const paragraphs = (lines: readonly string[]) => lines.filter((line) => line !== '').join('\n\n');

/**
 * A goal: its number and name (left out where the editor shows them already, as completion's detail), its official
 * statement in the display language, and how the platform writes it.
 */
export function sdgDocs(goal: Sdg, { t, locale }: DocsOptions, named = true): string {
  const language = displayLocale(locale);
  const name = language ? goal.names[language] : goal.name;
  const statement = language ? goal.goal[language] : goal.goal.en;
  return paragraphs([
    named ? `**${t('SDG {0}: {1}', goal.number, name)}**` : '',
    statement,
    t('The platform writes it "{0}".', goal.canonical),
  ]);
}

/** A method: its definition, and how often the archive's plans and experiments use it. */
export function methodDocs(method: Method, { t }: DocsOptions): string {
  return paragraphs([
    `**${method.canonical}**`,
    t(method.description),
    t("Used {0} times in the archive's plans and experiments.", method.count),
  ]);
}

/** A country's heading: flag and name (or the region and its country), its name in the display language, codes. */
export function countryHeading(country: Country, { t, locale }: DocsOptions, place?: string): string {
  const language = displayLocale(locale);
  const localName = language && country[language] !== country.canonical ? country[language] : null;
  const name = place ? `${place} (${country.canonical})` : country.canonical;
  return [
    `**${flagEmoji(country.alpha2)} ${name}**`,
    ...(localName ? [localName] : []),
    `ISO ${country.alpha2} / ${country.alpha3}`,
    ...(country.continent ? [t(country.continent)] : []),
  ].join(' · ');
}

/** A country: its heading, its official name and numeric code, and how often the archive names it. */
export function countryDocs(country: Country, options: DocsOptions): string {
  const { t } = options;
  const official =
    country.official && country.official !== country.canonical
      ? t('Official name: {0}', country.official)
      : '';
  return paragraphs([
    countryHeading(country, options),
    [official, country.numeric ? t('ISO numeric code {0}', country.numeric) : ''].filter(Boolean).join(' · '),
    t("Named {0} times in the archive's documents.", country.count),
  ]);
}

/** An answer of a closed list: the platform's wording where the export writes it otherwise, the list, its use. */
export function answerDocs(
  key: string,
  answer: EnumValue,
  answers: readonly EnumValue[],
  { t }: DocsOptions,
  written: string = answer.canonical,
): string {
  const notes: string[] = [];
  if (answer.platform !== answer.canonical)
    notes.push(t('The platform\'s form offers it as "{0}".', answer.platform));
  if (answer.outdated?.includes(written))
    notes.push(t('"{0}" is an answer of an earlier version of the form.', escapeMarkdown(written)));
  return paragraphs([
    `**${answer.canonical}**`,
    ...notes,
    t('One of the answers to {0}: {1}.', key, answers.map((entry) => entry.canonical).join(' · ')),
    t("Used {0} times in the archive's documents.", answer.count),
  ]);
}

/** A value of an open list (data sources, thematic areas): how often the archive uses it. */
export function openValueDocs(key: string, value: OpenValue, { t }: DocsOptions): string {
  return paragraphs([
    `**${value.value}**`,
    t('One of the {0} other documents give: used {1} times in the archive.', fieldName(key, t), value.count),
  ]);
}

/** A tag key: what it holds, whether it repeats, and what the platform asks of it on this kind of document. */
export function keyDocs(key: TagKey, kind: DocKind, form: FormId | null, { t }: DocsOptions): string {
  const field = PLATFORM_FIELDS.find((candidate) => candidate.key === key.key);
  return paragraphs([
    `**${key.key}** — ${t(key.description)}`,
    key.repeatable ? t('One value per line; repeat the tag for more.') : t('One value.'),
    key.requiredOn.includes(kind) ? t('Required.') : '',
    form && field?.requiredOn.includes(form) ? t('The platform requires at least one.') : '',
    field?.maxValues !== undefined ? t('The platform takes at most {0}.', field.maxValues) : '',
  ]);
}
