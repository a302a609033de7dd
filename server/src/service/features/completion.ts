import type { DocumentAnalysis } from '../analysis/types';
import { formById, sectionForHeading } from '../forms';
import { renderSection } from '../forms/render';
import type { FormDefinition, FormQuestion } from '../forms/types';
import type { DocKind, ParsedDocument, Position, Range } from '../model';
import { dominantEol } from '../text/eol';
import { lineRange } from '../text/lines';
import { escapeMarkdown } from '../text/markdown';
import { fold } from '../vocab/normalize';
import { tagKeysFor } from '../vocab/tagKeys';
import type { CompletionEntry, CompletionOptions, CompletionResult } from './completionTypes';
import { snippetItems, SNIPPET_CONTEXT } from './snippetCompletion';
import { valueChoices, type ValueChoice } from './valueChoices';
import { keyDocs } from './vocabularyDocs';

export type { CompletionEntry, CompletionKind, CompletionOptions, CompletionResult } from './completionTypes';

const EMPTY: CompletionResult = { items: [], isIncomplete: false };
const KEY_CONTEXT = /^(\s*)\[\[([A-Za-z_]*)$/;
const VALUE_CONTEXT = /^(\s*)\[\[([A-Za-z_]+):([^\]]*)$/;
const HEADING_CONTEXT = /^(#{2,4})(\s*)([^#]*)$/;
const LIST_CONTEXT = /^(\s*)([-*]\s+)?(.*)$/;
const FRONT_MATTER_LIST = /^([A-Za-z_]+)\s*:\s*\[([^\]]*)$/;

/**
 * What to offer at a position: tag keys, a key's values, the form's missing sections, the form snippets (`lp-`), or
 * checklist items.
 */
export function complete(
  analysis: DocumentAnalysis,
  position: Position,
  options: CompletionOptions,
): CompletionResult {
  const { doc } = analysis;
  const text = doc.lines[position.line];
  if (text === undefined || !acceptsCompletion(doc)) return EMPTY;
  const before = text.slice(0, Math.min(position.character, text.length));
  if (doc.frontMatter && position.line < doc.frontMatter.range.end.line)
    return frontMatterValues(doc, position, before, text, options);
  const value = VALUE_CONTEXT.exec(before);
  if (value) return tagValues(doc, position, value, text, options);
  const key = KEY_CONTEXT.exec(before);
  if (key) return tagKeys(analysis, position, key, text, options);
  const heading = HEADING_CONTEXT.exec(before);
  if (heading) return missingSections(analysis, position, heading, options);
  const snippet = SNIPPET_CONTEXT.exec(before);
  if (snippet) return snippetItems(analysis, position, snippet, options);
  return checklistItems(analysis, position, before, text);
}

/** Blogs and other pages declare a type of their own: leave them alone. A document without a type may become a plan. */
function acceptsCompletion(doc: ParsedDocument): boolean {
  return doc.kind !== 'other' || doc.declaredType === null;
}

function kindOf(doc: ParsedDocument): DocKind {
  return doc.kind === 'other' ? 'learningplan' : doc.kind;
}

/**
 * The span a completion replaces on a tag line: from `start` to the tag's closing `]]`, or, when the tag is not
 * closed yet, to the end of what it holds (the editor may have closed it halfway, `[[methods:]`). Another tag
 * further along the line is never part of it.
 */
function replaceRange(
  line: number,
  start: number,
  text: string,
  cursor: number,
): { range: Range; closed: boolean } {
  const nextTag = text.indexOf('[[', cursor);
  const limit = nextTag >= 0 ? nextTag : text.length;
  const close = text.indexOf(']]', cursor);
  if (close >= 0 && close + 2 <= limit) return { range: lineRange(line, start, close), closed: true };
  const end = cursor + text.slice(cursor, limit).trimEnd().length;
  return { range: lineRange(line, start, end), closed: false };
}

function tagKeys(
  { doc, form: chosen }: DocumentAnalysis,
  position: Position,
  match: RegExpExecArray,
  text: string,
  options: CompletionOptions,
): CompletionResult {
  const start = (match[1] ?? '').length + 2;
  const { range, closed } = replaceRange(position.line, start, text, position.character);
  const form = chosen?.id ?? (doc.kind === 'other' ? 'plan' : null);
  const present = new Set(
    doc.tags.filter((tag) => tag.line !== position.line).map((tag) => tag.key.toLowerCase()),
  );
  const items = tagKeysFor(kindOf(doc))
    .filter((entry) => entry.repeatable || !present.has(entry.key))
    .map((entry, index) => ({
      label: entry.key,
      kind: 'key' as const,
      detail: options.t(entry.description),
      documentation: keyDocs(entry, kindOf(doc), form, options),
      // Without a closing `]]` yet, write it and leave the cursor before it, ready for the value.
      insertText: closed ? `${entry.key}:` : `${entry.key}:$0]]`,
      snippet: !closed,
      range,
      sortText: String(index).padStart(3, '0'),
      retrigger: true,
    }));
  return { items, isIncomplete: false };
}

function tagValues(
  doc: ParsedDocument,
  position: Position,
  match: RegExpExecArray,
  text: string,
  options: CompletionOptions,
): CompletionResult {
  const key = (match[2] ?? '').toLowerCase();
  const typed = (match[3] ?? '').trimStart();
  const start =
    (match[1] ?? '').length + 2 + (match[2] ?? '').length + 1 + ((match[3] ?? '').length - typed.length);
  const { range, closed } = replaceRange(position.line, start, text, position.character);
  const present = new Set(
    doc.tags
      .filter((tag) => tag.key.toLowerCase() === key && tag.line !== position.line)
      .map((tag) => fold(tag.value)),
  );
  const choices = [...valueChoices(doc, key, typed, options), ...labChoices(key, options)].filter(
    (choice) => !present.has(fold(choice.value)),
  );
  const items = choices.map((choice, index) => valueItem(doc, position, choice, index, range, closed));
  return { items, isIncomplete: true };
}

/** The values a Lab declared for a key in its configuration, after the platform's. */
function labChoices(key: string, options: CompletionOptions): ValueChoice[] {
  const values = options.settings?.vocabulary.get(key) ?? [];
  return values.map((value) => ({
    value,
    detail: options.t("Your Lab's own value"),
    documentation: `**${escapeMarkdown(value)}**\n\n${options.t("A value your Lab's configuration adds for {0}.", key)}`,
  }));
}

function valueItem(
  doc: ParsedDocument,
  position: Position,
  choice: ValueChoice,
  index: number,
  range: Range,
  closed: boolean,
): CompletionEntry {
  const entry: CompletionEntry = {
    label: choice.label ?? choice.value,
    kind: 'value',
    insertText: closed ? choice.value : `${choice.value}]]`,
    range,
    filterText: choice.filterText ?? choice.value,
    sortText: String(index).padStart(4, '0'),
  };
  if (choice.detail) entry.detail = choice.detail;
  if (choice.documentation) entry.documentation = choice.documentation;
  if (choice.followingLine) {
    const eol = dominantEol(doc);
    const end = (doc.lines[position.line] ?? '').length;
    entry.additionalEdits = [
      { range: lineRange(position.line, end, end), newText: eol + choice.followingLine },
    ];
  }
  return entry;
}

function missingSections(
  { doc, form: chosen }: DocumentAnalysis,
  position: Position,
  match: RegExpExecArray,
  options: CompletionOptions,
): CompletionResult {
  const form = doc.kind === 'other' ? formById('plan') : chosen;
  if (!form || (match[1] ?? '').length !== form.headingLevel) return EMPTY;
  const present = new Set(
    doc.sections
      .filter((s) => s.heading.line !== position.line)
      .map((s) => sectionForHeading(form, s.heading.text)),
  );
  const eol = dominantEol(doc);
  const lineEnd = (doc.lines[position.line] ?? '').length;
  const items = form.sections
    .filter((section) => section.repeatable || !present.has(section))
    .map((section, index) => ({
      label: section.heading,
      kind: 'section' as const,
      detail: section.required
        ? options.t('Required section of the {0}', options.t(form.label))
        : options.t('Section of the {0}', options.t(form.label)),
      insertText: renderSection(section, form.headingLevel, eol).replace(/(\r\n|\r|\n)+$/, ''),
      range: lineRange(position.line, 0, lineEnd),
      filterText: `${match[1]} ${section.heading}`,
      sortText: String(index).padStart(3, '0'),
    }));
  return { items, isIncomplete: false };
}

/** Under a checklist question (learning-cycle stages, handover options): the options not yet chosen, as `- ` items. */
function checklistItems(
  { doc, form }: DocumentAnalysis,
  position: Position,
  before: string,
  text: string,
): CompletionResult {
  if (!LIST_CONTEXT.test(before) || (before.trim().length > 0 && !/^\s*[-*]\s/.test(before))) return EMPTY;
  const question = form ? checklistQuestionAt(doc, form, position.line) : undefined;
  if (!question?.options) return EMPTY;
  const chosen = new Set(
    answerLines(doc, position.line).map((line) => fold(line.replace(/^\s*[-*]\s+/, ''))),
  );
  const items = question.options
    .filter((option) => !chosen.has(fold(option)))
    .map((option, index) => ({
      label: option,
      kind: 'item' as const,
      insertText: `- ${option}`,
      range: lineRange(position.line, 0, text.length),
      filterText: `- ${option}`,
      sortText: String(index).padStart(3, '0'),
    }));
  return { items, isIncomplete: false };
}

function checklistQuestionAt(
  doc: ParsedDocument,
  form: FormDefinition,
  line: number,
): FormQuestion | undefined {
  let prompt: string | undefined;
  for (const question of doc.questions) {
    if (question.promptRange.end.line >= line) break;
    prompt = question.prompt;
  }
  if (prompt === undefined) return undefined;
  const key = fold(prompt);
  for (const section of form.sections) {
    for (const question of section.questions) {
      if (question.answer !== 'checklist') continue;
      if ([question.prompt, ...(question.variants ?? [])].some((wording) => fold(wording) === key))
        return question;
    }
  }
  return undefined;
}

/** The other lines of the answer around a line: from the question's prompt to the next prompt or heading. */
function answerLines(doc: ParsedDocument, line: number): string[] {
  const lines: string[] = [];
  for (let up = line - 1; up >= 0 && !/^(\s{0,3}>|#)/.test(doc.lines[up] ?? ''); up--)
    lines.push(doc.lines[up] ?? '');
  for (let down = line + 1; down < doc.lines.length && !/^(\s{0,3}>|#)/.test(doc.lines[down] ?? ''); down++)
    lines.push(doc.lines[down] ?? '');
  return lines.filter((text) => /^\s*[-*]\s+\S/.test(text));
}

function frontMatterValues(
  doc: ParsedDocument,
  position: Position,
  before: string,
  text: string,
  options: CompletionOptions,
): CompletionResult {
  const match = FRONT_MATTER_LIST.exec(before);
  if (!match) return EMPTY;
  const key = match[1] ?? '';
  const inside = match[2] ?? '';
  const lastComma = inside.lastIndexOf(',');
  const typedRaw = inside.slice(lastComma + 1);
  const typed = typedRaw.trimStart();
  const start = before.length - typed.length;
  const close = text.indexOf(']', position.character);
  const nextComma = text.indexOf(',', position.character);
  const endCandidates = [close, nextComma].filter((index) => index >= 0);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) : text.trimEnd().length;
  const range = lineRange(position.line, start, Math.max(end, position.character));
  const listed = new Set(inside.split(',').map((item) => fold(item)));
  const choices = valueChoices(doc, `frontmatter:${key}`, typed, options);
  const items = choices
    .filter((choice) => !listed.has(fold(choice.value)) || fold(choice.value) === fold(typed))
    .map((choice, index) => ({
      label: choice.label ?? choice.value,
      kind: 'value' as const,
      insertText: choice.value,
      range,
      filterText: choice.filterText ?? choice.value,
      sortText: String(index).padStart(4, '0'),
      ...(choice.detail ? { detail: choice.detail } : {}),
      ...(choice.documentation ? { documentation: choice.documentation } : {}),
    }));
  return { items, isIncomplete: true };
}
