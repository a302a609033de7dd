import { FORMS, type FormDefinition, type FormSection } from '../forms';
import { english, type Localize } from '../l10n';
import { classificationNote, requiredFields } from './newDocument';

/** A snippet as VS Code's snippet files hold it. */
export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** A snippet of a form: the whole document, or one of its sections. */
export interface FormSnippet extends Snippet {
  form: FormDefinition;
  section?: FormSection;
}

/** Text inside a snippet body is literal except where it opens a placeholder: escape `$`, `}` and `\`. */
function literal(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/**
 * One snippet per current form (the whole document) and one per section, from the forms' data, so that they always
 * carry the forms' exact prompts: the plan form's first, each form's whole document before its sections. Prefixes
 * are distinct: `lp-plan`, `lp-plan-partners`, `lp-closing`…
 */
export function formSnippetList(
  forms: readonly FormDefinition[] = FORMS,
  t: Localize = english,
): FormSnippet[] {
  const snippets: FormSnippet[] = [];
  for (const form of forms) {
    if (form.retired) continue;
    snippets.push({
      form,
      prefix: `lp-${form.id}`,
      description: `Learning Plans: a whole ${form.label}`,
      body: wholeForm(form, t),
    });
    for (const section of form.sections) {
      snippets.push({
        form,
        section,
        prefix: `lp-${form.id}-${section.id}`,
        description: `Learning Plans: the "${section.heading}" section of the ${form.label}`,
        body: sectionBody(form, section, { next: 1 }, t),
      });
    }
  }
  return snippets;
}

/** The snippets as `npm run snippets` writes them to snippets/, by name. */
export function formSnippets(forms: readonly FormDefinition[] = FORMS): Record<string, Snippet> {
  const named: Record<string, Snippet> = {};
  for (const { form, section, prefix, description, body } of formSnippetList(forms)) {
    named[section ? `${form.label}: ${section.heading}` : form.label] = { prefix, description, body };
  }
  return named;
}

function wholeForm(form: FormDefinition, t: Localize): string[] {
  const counter = { next: 2 };
  const tab = (placeholder = '') => `\${${counter.next++}${placeholder ? `:${placeholder}` : ''}}`;
  const header =
    form.kind === 'toolkit'
      ? [
          '---',
          `title: \${1:Title}`,
          'layout: default',
          '',
          'signature_solutions : []',
          'enablers: []',
          'rblac_priorities: []',
          'sdg: []',
          '---',
          '',
        ]
      : [
          `# \${1:Title}`,
          '',
          `[[focal_point:${tab('name@undp.org')}]]`,
          `[[year:${tab('$CURRENT_YEAR')}]]`,
          `[[type:${form.kind}]]`,
          `[[country:${tab('Country')}]]`,
          `[[latlng:${tab('0,0')}]]`,
          ...requiredFields(form).map((key) => `[[${key}:${tab()}]]`),
        ];
  return [...header, ...form.sections.flatMap((section) => sectionBody(form, section, counter, t))];
}

function sectionBody(
  form: FormDefinition,
  section: FormSection,
  counter: { next: number },
  t: Localize,
): string[] {
  const lines = [`${'#'.repeat(form.headingLevel)} ${literal(section.heading)}`, ''];
  if (section.emptyByDesign) lines.push(literal(classificationNote(form, t)), '');
  for (const question of section.questions) {
    if (question.answer === 'message') continue;
    // The Title section's answer is the title, typed once in the whole form's first placeholder.
    const answer =
      counter.next > 1 && section.id === 'title' && question.id === 'title' ? '$1' : `\${${counter.next++}}`;
    lines.push(`> ${literal(question.prompt)}`, '', answer, '');
  }
  return lines;
}
