import type { DocumentAnalysis } from '../analysis/types';
import { FORMS, sectionForHeading } from '../forms';
import type { Position } from '../model';
import { dominantEol } from '../text/eol';
import { lineRange } from '../text/lines';
import type { CompletionOptions, CompletionResult } from './completionTypes';
import { formSnippetList, type FormSnippet } from './snippets';

/** `lp`, `lp-`, `lp-plan-pa`… alone on its line so far: a snippet is asked for. */
export const SNIPPET_CONTEXT = /^(\s*)(lp(?:-[a-z-]*)?)$/;

/**
 * The form snippets, as completion items, for `lp-` typed at the start of a line (the editor asks as soon as `-` is
 * typed, even where its quick suggestions are off, as in Markdown): a whole form in a document that has no form yet,
 * else the sections of the document's form that it lacks (Learning questions, which repeats, always).
 */
export function snippetItems(
  analysis: DocumentAnalysis,
  position: Position,
  match: RegExpExecArray,
  options: CompletionOptions,
): CompletionResult {
  const { doc } = analysis;
  const start = (match[1] ?? '').length;
  const range = lineRange(position.line, start, position.character);
  const eol = dominantEol(doc);
  const offered = formSnippetList(FORMS, options.t).filter((snippet) => offers(analysis, snippet));
  const items = offered.map((snippet, index) => ({
    label: snippet.prefix,
    kind: 'snippet' as const,
    detail: snippet.section
      ? options.t('The "{0}" section of the {1}', snippet.section.heading, options.t(snippet.form.label))
      : options.t('A whole {0}', options.t(snippet.form.label)),
    documentation: preview(snippet, options.currentYear),
    insertText: snippet.body.join(eol),
    snippet: true,
    range,
    filterText: snippet.prefix,
    sortText: String(index).padStart(3, '0'),
  }));
  return { items, isIncomplete: false };
}

/** Whole forms for a document without one (no tags, no sections yet); else its form's missing sections. */
function offers({ doc, form }: DocumentAnalysis, snippet: FormSnippet): boolean {
  const started = doc.tags.length > 0 || doc.sections.length > 0 || doc.frontMatter !== null;
  if (!snippet.section) return !started;
  if (!form || form.id !== snippet.form.id || form.kind !== snippet.form.kind) return false;
  if (snippet.section.repeatable) return true;
  const id = snippet.section.id;
  return !doc.sections.some((section) => sectionForHeading(form, section.heading.text)?.id === id);
}

/** What the snippet writes, placeholders at their defaults, as a Markdown code block. */
function preview(snippet: FormSnippet, year: number): string {
  const text = snippet.body
    .join('\n')
    .replace(/\$\{\d+:\$CURRENT_YEAR\}/g, String(year))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
  return ['````markdown', text, '````'].join('\n');
}
