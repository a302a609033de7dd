import type { FormMatch } from '../forms/match';
import type { Localize } from '../l10n';
import type { Heading, ParsedDocument } from '../model';
import { lineRange } from '../text/lines';
import { deleteLine } from './lineEdits';
import type { Report, Rule } from './types';

export const emptyHeading: Rule = {
  id: 'LP046',
  name: 'empty-heading',
  // Information, not a warning: the platform's export writes an untitled section this way (`## ` then `****`) in
  // two experiments out of five and many solutions, so the author rarely put it there.
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution', 'toolkit'],
  description: 'A heading has no text (`## ` alone).',
  check({ doc, match, t, report }) {
    for (const heading of doc.headings) {
      if (heading.text.trim() !== '') continue;
      const named = sectionNamedByQuestions(doc, match, heading);
      report(named ? nameIt(doc, heading, named, t) : removeIt(doc, heading, t));
    }
  },
};

/** The form's heading of a blank-headed section that its questions tell apart. */
function sectionNamedByQuestions(
  doc: ParsedDocument,
  match: FormMatch | null,
  heading: Heading,
): string | undefined {
  const index = doc.sections.findIndex((section) => section.heading === heading);
  return index >= 0 ? match?.sections[index]?.heading : undefined;
}

function nameIt(doc: ParsedDocument, heading: Heading, name: string, t: Localize): Report {
  const whole = lineRange(heading.line, 0, (doc.lines[heading.line] ?? '').length);
  return {
    range: heading.range,
    message: t('This heading has no text; its questions are those of "{0}".', name),
    fixes: [
      {
        title: t('Name the heading "{0}"', name),
        edits: [{ range: whole, newText: `${'#'.repeat(heading.level)} ${name}` }],
        preferred: true,
      },
    ],
  };
}

function removeIt(doc: ParsedDocument, heading: Heading, t: Localize): Report {
  return {
    range: heading.range,
    message: t('This heading has no text.'),
    fixes: [
      { title: t('Remove the empty heading'), edits: [deleteLine(doc, heading.line)], preferred: true },
    ],
  };
}
