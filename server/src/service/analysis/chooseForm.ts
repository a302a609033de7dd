import { formById, headingMatches, questionForPrompt } from '../forms';
import type { FormDefinition } from '../forms/types';
import type { ParsedDocument, Tag } from '../model';
import { detectForm, detectVariant } from '../parse/detect';

/**
 * The form a document follows: the platform's form its headings name (in the edition its prompts and year point to),
 * or a Lab's own edition when that fits its headings and prompts better. On a tie the platform's form stays.
 */
export function chooseForm(
  doc: ParsedDocument,
  editions: readonly FormDefinition[],
): FormDefinition | undefined {
  const platform = platformForm(doc);
  if (editions.length === 0 || doc.kind === 'other') return platform;
  let best = platform;
  let bestFit = platform ? fit(doc, platform) : 0;
  for (const edition of editions) {
    if (edition.kind !== doc.kind) continue;
    const score = fit(doc, edition);
    if (score > bestFit) {
      best = edition;
      bestFit = score;
    }
  }
  return best;
}

function platformForm(doc: ParsedDocument): FormDefinition | undefined {
  const form = detectForm(
    doc.kind,
    doc.sections.map((section) => section.heading.text),
  );
  const variant = detectVariant(
    form,
    doc.questions.map((question) => question.prompt),
    yearOf(doc.tags),
  );
  return formById(form, variant);
}

/** How many of the document's headings and prompts the form has. */
function fit(doc: ParsedDocument, form: FormDefinition): number {
  const headings = doc.headings.map((heading) => heading.text);
  const prompts = doc.questions.filter((question) => questionForPrompt(form, question.prompt)).length;
  return headingMatches(form, headings) + prompts;
}

function yearOf(tags: readonly Tag[]): number | null {
  const value = tags.find((tag) => tag.key.toLowerCase() === 'year')?.value;
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}
