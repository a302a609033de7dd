import { FORMS, formById, type FormDefinition } from '../forms';
import { countryLocation } from '../geo/countryLocation';
import type { FormId } from '../model';
import { countryVocabulary } from '../vocab/countries';

export interface NewDocumentOptions {
  form: FormId;
  title: string;
  year: number;
  country?: { name: string; latlng?: { lat: number; lng: number } };
  focalPoint?: string;
  eol?: string;
}

const PLACEHOLDER_EMAIL = 'name@undp.org';

/** A new document of a form: the header (title and tags, or front matter) and every section with its prompts. */
export function newDocument(options: NewDocumentOptions): string {
  const form = formById(options.form);
  if (!form) throw new Error(`Unknown form ${options.form}`);
  const lines = form.kind === 'toolkit' ? toolkitHeader(options) : archiveHeader(form, options);
  for (const section of form.sections) {
    lines.push(`${'#'.repeat(form.headingLevel)} ${section.heading}`, '');
    for (const question of section.questions) {
      if (question.answer === 'message') continue;
      lines.push(`> ${question.prompt}`, '');
      if (section.id === 'title' && question.id === 'title') lines.push(options.title, '');
      else lines.push('');
    }
  }
  return lines.join(options.eol ?? '\n');
}

function archiveHeader(form: FormDefinition, options: NewDocumentOptions): string[] {
  const lines = [
    `# ${options.title}`,
    '',
    `[[focal_point:${options.focalPoint ?? PLACEHOLDER_EMAIL}]]`,
    `[[year:${options.year}]]`,
    `[[type:${form.kind}]]`,
  ];
  if (options.country) {
    lines.push(`[[country:${options.country.name}]]`);
    const point = options.country.latlng;
    if (point) lines.push(`[[latlng:${point.lat},${point.lng}]]`);
  }
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

/** What New Learning Plan… offers: the forms, and the countries with their aliases. */
export interface NewDocumentChoices {
  forms: { id: string; label: string }[];
  countries: { name: string; aliases: string[] }[];
}

export function newDocumentChoices(): NewDocumentChoices {
  return {
    // Retired editions are read, never written anew.
    forms: FORMS.filter((form) => !form.retired).map((form) => ({ id: form.id, label: form.label })),
    countries: countryVocabulary.entries.map((entry) => ({
      name: entry.canonical,
      aliases: [...(entry.aliases ?? [])],
    })),
  };
}

/** A new document of a form by id (the plan form for an unknown one), with the country's location when known. */
export function newDocumentText(formId: string, title: string, year: number, countryName?: string): string {
  const form = FORMS.find((candidate) => candidate.id === formId)?.id ?? 'plan';
  const country = countryName ? countryVocabulary.lookup(countryName)?.entry.canonical : undefined;
  const latlng = country ? countryLocation(country) : undefined;
  return newDocument({
    form,
    title: title.trim() || 'Untitled',
    year,
    ...(country ? { country: { name: country, ...(latlng ? { latlng } : {}) } } : {}),
  });
}
