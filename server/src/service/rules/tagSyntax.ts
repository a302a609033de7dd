import type { Localize } from '../l10n';
import type { MalformedTag, ParsedDocument } from '../model';
import { range } from '../text/lines';
import type { Fix, Rule } from './types';

export const tagSyntax: Rule = {
  id: 'LP001',
  name: 'tag-syntax',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A tag line is not written `[[key:value]]`, alone on its line.',
  check({ doc, t, report }) {
    for (const problem of doc.malformedTags) {
      const fix =
        problem.problem === 'split'
          ? joinLines(doc, problem.line, t)
          : problem.problem === 'unclosed'
            ? closeTag(doc, problem.line, t)
            : null;
      report({ range: problem.range, message: describe(problem, t), ...(fix ? { fixes: [fix] } : {}) });
    }
  },
};

function describe(problem: MalformedTag, t: Localize): string {
  switch (problem.problem) {
    case 'unclosed':
      return t('This tag is not closed: end it with `]]`.');
    case 'no-colon':
      return t('This tag has no `:` between its key and its value: write `[[key:value]]`.');
    case 'no-key':
      return t('This tag has no key before its `:`.');
    case 'not-alone':
      return t('A tag must be alone on its line: put each `[[key:value]]` on a line of its own.');
    case 'split':
      return t('This tag is broken across two lines by a stray line break: join the lines.');
    case 'single-bracket':
      return t('Tags open with `[[` and close with `]]`: this one uses single brackets.');
  }
}

function joinLines(doc: ParsedDocument, line: number, t: Localize): Fix {
  const end = (doc.lines[line] ?? '').length;
  return {
    title: t('Join the tag into one line'),
    edits: [{ range: range(line, end, line + 1, 0), newText: ' ' }],
    preferred: true,
  };
}

/** What an unclosed tag line holds: one `[[key:value`, perhaps with the editor's half of a closing `]`. */
const UNCLOSED = /^\s*\[\[[A-Za-z_]+\s*:[^[\]]*(\]?)\s*$/;

/**
 * `[[year:2022` or `[[methods:]`, a tag the editor closed only halfway: close it. "Fix all" closes it too when the
 * line holds that one tag; anything else on the line is left to the author.
 */
function closeTag(doc: ParsedDocument, line: number, t: Localize): Fix | null {
  const text = doc.lines[line] ?? '';
  const end = text.trimEnd().length;
  const single = UNCLOSED.exec(text);
  const closing = single?.[1] === ']' ? ']' : ']]';
  return {
    title: t('Close the tag with `]]`'),
    edits: [{ range: range(line, end, line, end), newText: closing }],
    preferred: single !== null,
  };
}
