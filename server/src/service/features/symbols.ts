import type { Localize } from '../l10n';
import type { ParsedDocument, Question, Range, Section } from '../model';
import { range } from '../text/lines';

export type SymbolKind = 'document' | 'tags' | 'section' | 'question' | 'group';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

const PARTNER_NAME = /name of the (partner|parter)/i;
const LEARNING_QUESTION = /^learning question:/i;
const MAX_NAME = 60;

/**
 * The outline, as the document reads: its title at the root, and under it the tag block, then each section with its
 * questions; a learning-questions section is named by its learning question and each partner by its name.
 */
export function documentSymbols(doc: ParsedDocument, t: Localize): OutlineSymbol[] {
  if (doc.kind === 'other') return [];
  const children: OutlineSymbol[] = [];
  const tags = tagBlock(doc, t);
  if (tags) children.push(tags);
  for (const section of doc.sections) children.push(sectionSymbol(doc, section, t));
  const loose = doc.questions
    .filter((question) => question.section < 0)
    .map((question) => questionSymbol(question));
  return [rootSymbol(doc, [...children, ...loose], t)];
}

/** The document itself, named by its title, from its first line to its last. */
function rootSymbol(doc: ParsedDocument, children: OutlineSymbol[], t: Localize): OutlineSymbol {
  const last = Math.max(0, doc.lines.length - 1);
  const whole = range(0, 0, last, (doc.lines[last] ?? '').length);
  const title = doc.title?.text.trim() || frontMatterTitle(doc);
  return {
    name: title ? shorten(title) : t('Untitled'),
    kind: 'document',
    range: whole,
    selectionRange: doc.title?.range ?? range(0, 0, 0, (doc.lines[0] ?? '').length),
    children,
  };
}

/** A toolkit card's title, from its front matter. */
function frontMatterTitle(doc: ParsedDocument): string {
  return doc.frontMatter?.entries.find((entry) => entry.key === 'title')?.scalar?.trim() ?? '';
}

function tagBlock(doc: ParsedDocument, t: Localize): OutlineSymbol | null {
  const header = doc.tags.filter((tag) => tag.inHeader);
  const first = header[0];
  const last = header[header.length - 1];
  if (!first || !last) return null;
  const whole = range(first.line, 0, last.line, last.range.end.character);
  return {
    name: t('Tags'),
    detail: t('{0} tags', header.length),
    kind: 'tags',
    range: whole,
    selectionRange: first.range,
    children: [],
  };
}

function sectionSymbol(doc: ParsedDocument, section: Section, t: Localize): OutlineSymbol {
  const questions = section.questions
    .map((index) => doc.questions[index])
    .filter((q): q is Question => q !== undefined);
  const learning = questions.find((question) => LEARNING_QUESTION.test(question.prompt))?.answer?.text;
  const name = section.heading.text === '' ? t('(untitled section)') : section.heading.text;
  return {
    name,
    ...(learning ? { detail: shorten(learning) } : {}),
    kind: 'section',
    range: section.range,
    selectionRange: section.heading.range,
    children: childrenOf(questions, t),
  };
}

/** Questions in order, with each partner's questions gathered under the partner's name. */
function childrenOf(questions: readonly Question[], t: Localize): OutlineSymbol[] {
  const children: OutlineSymbol[] = [];
  let partner: OutlineSymbol | null = null;
  for (const question of questions) {
    if (PARTNER_NAME.test(question.prompt)) {
      const answer = question.answer?.text.trim();
      partner = {
        name: answer ? shorten(answer) : t('(unnamed partner)'),
        detail: t('Partner'),
        kind: 'group',
        range: question.promptRange,
        selectionRange: question.promptRange,
        children: [],
      };
      children.push(partner);
    }
    const symbol = questionSymbol(question);
    if (partner && question.group >= 0) {
      partner.children.push(symbol);
      partner.range = range(
        partner.range.start.line,
        partner.range.start.character,
        symbol.range.end.line,
        symbol.range.end.character,
      );
    } else {
      partner = null;
      children.push(symbol);
    }
  }
  return children;
}

function questionSymbol(question: Question): OutlineSymbol {
  const end = question.answer?.range.end ?? question.promptRange.end;
  return {
    name: shorten(question.prompt),
    ...(question.answer ? {} : { detail: '—' }),
    kind: 'question',
    range: range(
      question.promptRange.start.line,
      question.promptRange.start.character,
      end.line,
      end.character,
    ),
    selectionRange: question.promptRange,
    children: [],
  };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_NAME ? `${line.slice(0, MAX_NAME - 1)}…` : line;
}
