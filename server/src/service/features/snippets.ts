import { FORMS, type FormDefinition, type FormSection } from '../forms';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Text inside a snippet body is literal except where it opens a placeholder: escape `$`, `}` and `\`. */
function literal(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** One snippet per form (the whole document) and one per section, from the forms' data: always the forms' exact prompts. */
export function formSnippets(forms: readonly FormDefinition[] = FORMS): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const form of forms) {
    if (form.retired) continue;
    snippets[`${form.label}`] = {
      prefix: `lp-${form.id}`,
      description: `Learning Plans: a whole ${form.label}`,
      body: wholeForm(form),
    };
    for (const section of form.sections) {
      snippets[`${form.label}: ${section.heading}`] = {
        prefix: `lp-${form.id}-${section.id}`,
        description: `Learning Plans: the "${section.heading}" section of the ${form.label}`,
        body: sectionBody(form, section, { next: 1 }),
      };
    }
  }
  return snippets;
}

function wholeForm(form: FormDefinition): string[] {
  const counter = { next: 1 };
  const tab = (placeholder: string) => `\${${counter.next++}:${placeholder}}`;
  const header =
    form.kind === 'toolkit'
      ? [
          '---',
          `title: ${tab('Title')}`,
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
          `# ${tab('Title')}`,
          '',
          `[[focal_point:${tab('name@undp.org')}]]`,
          `[[year:\${${counter.next++}:$CURRENT_YEAR}]]`,
          `[[type:${form.kind}]]`,
          `[[country:${tab('Country')}]]`,
          `[[latlng:${tab('0,0')}]]`,
        ];
  return [...header, ...form.sections.flatMap((section) => sectionBody(form, section, counter))];
}

function sectionBody(form: FormDefinition, section: FormSection, counter: { next: number }): string[] {
  const lines = [`${'#'.repeat(form.headingLevel)} ${literal(section.heading)}`, ''];
  for (const question of section.questions) {
    if (question.answer === 'message') continue;
    lines.push(`> ${literal(question.prompt)}`, '', `\${${counter.next++}}`, '');
  }
  return lines;
}
