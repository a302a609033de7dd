import type { FormSection } from './types';

/** A section as the form writes it: the heading, then each question's prompt followed by room to answer. */
export function renderSection(section: FormSection, headingLevel: number, eol: string): string {
  const lines = [`${'#'.repeat(headingLevel)} ${section.heading}`, ''];
  for (const question of section.questions) {
    if (question.answer === 'message') continue;
    lines.push(`> ${question.prompt}`, '', '');
  }
  return lines.join(eol) + eol;
}
