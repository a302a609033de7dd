import { FORMS, formById, type FormDefinition } from '../forms';
import { countryLocation } from '../geo/countryLocation';
import { displayLocale, english, type Localize } from '../l10n';
import type { FormId } from '../model';
import { countryVocabulary } from '../vocab/countries';
import { fieldName, PLATFORM_FIELDS, TEMPLATE_ADDRESS } from '../vocab/platformFields';

export interface NewDocumentOptions {
  form: FormId;
  title: string;
  year: number;
  country?: { name: string; latlng?: { lat: number; lng: number } };
  focalPoint?: string;
  eol?: string;
  /** For the notes the document carries for its author (what the platform asks in an empty section). */
  t?: Localize;
}

/**
 * A new document of a form: the header (title and tags, or front matter), with a line for each field the platform
 * requires of the form, left empty for the author to fill, and every section with its prompts.
 */
export function newDocument(options: NewDocumentOptions): string {
  const form = formById(options.form);
  if (!form) throw new Error(`Unknown form ${options.form}`);
  const lines = form.kind === 'toolkit' ? toolkitHeader(options) : archiveHeader(form, options);
  for (const section of form.sections) {
    lines.push(`${'#'.repeat(form.headingLevel)} ${section.heading}`, '');
    if (section.emptyByDesign) lines.push(classificationNote(form, options.t ?? english), '');
    for (const question of section.questions) {
      if (question.answer === 'message') continue;
      lines.push(`> ${question.prompt}`, '');
      // Room for the answer, and a blank line before the next prompt, as the archive writes them.
      lines.push(section.id === 'title' && question.id === 'title' ? options.title : '', '');
    }
  }
  return lines.join(options.eol ?? '\n');
}

/** The fields the platform requires of a form, as tag keys: what a new document leaves a line for. */
export function requiredFields(form: FormDefinition): string[] {
  return PLATFORM_FIELDS.filter((field) => field.requiredOn.includes(form.id)).map((field) => field.key);
}

/**
 * What the platform asks in a section that stays empty in exported documents (Challenge classification: the goals,
 * thematic areas, methods and data sources, which the export turns into tags), as a comment the platform never shows.
 */
export function classificationNote(form: FormDefinition, t: Localize): string {
  const fields = requiredFields(form);
  const named = fields.map((key) => {
    const limit = PLATFORM_FIELDS.find((field) => field.key === key)?.maxValues;
    return limit === undefined ? fieldName(key, t) : t('{0} (at most {1})', fieldName(key, t), limit);
  });
  return `<!-- ${t(
    "Here the platform asks for the challenge's classification: {0}. Give them in the tag lines at the top ({1}), one value per line.",
    named.join(', '),
    fields.join(', '),
  )} -->`;
}

function archiveHeader(form: FormDefinition, options: NewDocumentOptions): string[] {
  const lines = [
    `# ${options.title}`,
    '',
    `[[focal_point:${options.focalPoint ?? TEMPLATE_ADDRESS}]]`,
    `[[year:${options.year}]]`,
    `[[type:${form.kind}]]`,
  ];
  if (options.country) {
    lines.push(`[[country:${options.country.name}]]`);
    const point = options.country.latlng;
    if (point) lines.push(`[[latlng:${point.lat},${point.lng}]]`);
  }
  for (const key of requiredFields(form)) lines.push(`[[${key}:]]`);
  return lines;
}

function toolkitHeader(options: NewDocumentOptions): string[] {
  return [
    '---',
    `title: ${options.title}`,
    'layout: default',
    '',
    'signature_solutions : []',
    'enablers: []',
    'rblac_priorities: []',
    'sdg: []',
    '---',
    '',
    `## ${options.title}`,
    '',
  ];
}

/** What New Learning Plan… offers: the forms, and the countries by their name in the display language. */
export interface NewDocumentChoices {
  forms: { id: string; label: string }[];
  /** `name` is what the document says (the platform's name); `label` is what the author reads and picks. */
  countries: { name: string; label: string; aliases: string[] }[];
}

export function newDocumentChoices(t: Localize = english, locale = 'en'): NewDocumentChoices {
  const language = displayLocale(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const countries = countryVocabulary.entries.map((entry) => {
    const label = (language ? entry[language] : null) ?? entry.canonical;
    const aliases = [entry.canonical, ...(entry.aliases ?? [])].filter((alias) => alias !== label);
    return { name: entry.canonical, label, aliases: [...new Set(aliases)] };
  });
  return {
    // Retired editions are read, never written anew.
    forms: FORMS.filter((form) => !form.retired).map((form) => ({ id: form.id, label: t(form.label) })),
    countries: countries.sort((a, b) => collator.compare(a.label, b.label)),
  };
}

/** A new document's text, and the file name to propose when it is saved. */
export interface NewDocumentText {
  text: string;
  fileName: string;
}

/** A new document of a form by id (the plan form for an unknown one), with the country's location when known. */
export function newDocumentText(
  formId: string,
  title: string,
  year: number,
  countryName?: string,
  t: Localize = english,
): NewDocumentText {
  const form = FORMS.find((candidate) => candidate.id === formId)?.id ?? 'plan';
  const country = countryName ? countryVocabulary.lookup(countryName)?.entry.canonical : undefined;
  const latlng = country ? countryLocation(country) : undefined;
  const name = title.replace(/\s+/g, ' ').trim() || t('Untitled');
  const text = newDocument({
    form,
    title: name,
    year,
    t,
    ...(country ? { country: { name: country, ...(latlng ? { latlng } : {}) } } : {}),
  });
  return { text, fileName: `${fileNameOf(name) || t('Untitled')}.md` };
}

/** Longest file name proposed, before `.md`: titles run to 99 characters, file systems allow 255 bytes. */
const MAX_FILE_NAME = 120;

/**
 * A title as a file name: characters no file system accepts (`/ \ : * ? " < > |`, control characters) become
 * spaces, and dots and spaces go from the ends (Windows drops them).
 */
export function fileNameOf(title: string): string {
  return title
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|#]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_FILE_NAME)
    .replace(/^[\s.]+|[\s.]+$/g, '');
}
