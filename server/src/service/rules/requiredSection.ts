import { renderSection } from '../forms/render';
import type { FormSection } from '../forms/types';
import type { ParsedDocument, Range } from '../model';
import { dominantEol } from '../text/eol';
import { lineRange } from '../text/lines';
import type { Rule } from './types';

export const requiredSection: Rule = {
  id: 'LP040',
  name: 'required-section',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'toolkit'],
  description: "A section the document's form requires is missing.",
  check({ doc, match, t, report }) {
    // Below a front matter that is never closed everything reads as front matter: LP060 says so first.
    if (!match || (doc.frontMatter && !doc.frontMatter.closed)) return;
    const { form, sections: present } = match;
    form.sections.forEach((section, index) => {
      if (!section.required || present.includes(section)) return;
      const insertAt = insertionLine(doc, present, form.sections.slice(index + 1));
      const anchor: Range =
        insertAt < doc.lines.length
          ? lineRange(insertAt, 0, (doc.lines[insertAt] ?? '').length)
          : endAnchor(doc);
      report({
        range: anchor,
        message: t('The {0} requires a section "{1}".', t(form.label), section.heading),
        fixes: [
          {
            title: t('Add the section "{0}" with its questions', section.heading),
            edits: [
              insertionEdit(doc, insertAt, renderSection(section, form.headingLevel, dominantEol(doc))),
            ],
            preferred: true,
          },
        ],
      });
    });
  },
};

/** The line of the first present section that the form places after the missing one, or the end of the document. */
function insertionLine(
  doc: ParsedDocument,
  present: readonly (FormSection | undefined)[],
  later: readonly FormSection[],
): number {
  const index = present.findIndex((section) => section !== undefined && later.includes(section));
  const line = index >= 0 ? (doc.sections[index]?.heading.line ?? doc.lines.length) : doc.lines.length;
  // Below a code fence that is never closed, a heading would be code: insert before the fence.
  return doc.openFenceLine >= 0 ? Math.min(line, doc.openFenceLine) : line;
}

function endAnchor(doc: ParsedDocument): Range {
  const last = doc.lines.length - 1;
  return lineRange(last, 0, (doc.lines[last] ?? '').length);
}

function insertionEdit(doc: ParsedDocument, line: number, text: string) {
  if (line < doc.lines.length) return { range: lineRange(line, 0, 0), newText: text };
  const last = doc.lines.length - 1;
  const end = (doc.lines[last] ?? '').length;
  const lead = end === 0 ? '' : dominantEol(doc);
  return { range: lineRange(last, end, end), newText: lead + text.replace(/(\r\n|\r|\n)$/, '') };
}
