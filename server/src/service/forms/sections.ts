import type { ParsedDocument } from '../model';
import { fold } from '../vocab/normalize';
import { questionForPrompt, sectionForHeading } from './index';
import type { FormDefinition, FormSection } from './types';

/**
 * For each section of the document, the form's section it is: by its heading, or — when the heading is blank, as
 * the platform's export writes an untitled section — by its questions, when they all belong to one section of the
 * form that no heading names.
 */
export function sectionsOf(doc: ParsedDocument, form: FormDefinition): (FormSection | undefined)[] {
  const byHeading = doc.sections.map((section) => sectionForHeading(form, section.heading.text));
  return doc.sections.map((section, index) => {
    if (byHeading[index] || fold(section.heading.text) !== '') return byHeading[index];
    const asked = new Set(
      section.questions.map((question) => questionForPrompt(form, doc.questions[question]!.prompt)?.section),
    );
    const [only] = asked;
    return asked.size === 1 && only && !byHeading.includes(only) ? only : undefined;
  });
}
