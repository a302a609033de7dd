import type { Group, Heading, Question, Section, Tag } from '../model';
import { lineRange, range } from '../text/lines';
import { scanTagLine } from './tags';

export interface Body {
  headings: Heading[];
  sections: Section[];
  questions: Question[];
  groups: Group[];
  /** Well-formed tag lines found among the sections. */
  tags: Tag[];
  openFenceLine: number;
}

const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const GROUP_OPEN = /^\s*<div\s+class\s*=\s*["']group["']\s*>\s*$/i;
const GROUP_CLOSE = /^\s*<\/div>\s*$/i;
const PROMPT = /^ {0,3}>/;

export function readHeading(text: string, line: number): Heading | null {
  if (text.charCodeAt(0) !== 35 /* # */) return null;
  const match = HEADING.exec(text);
  if (!match) return null;
  const marks = match[1] ?? '';
  const title = match[2] ?? '';
  const textStart = title === '' ? text.length : text.indexOf(title, marks.length);
  return {
    level: marks.length,
    text: title,
    line,
    range: lineRange(line, 0, text.trimEnd().length),
    textRange: lineRange(line, textStart, textStart + title.length),
  };
}

/** The part of the document that holds the sections: questions, answers and groups, read in one pass. */
class BodyReader {
  readonly body: Body = {
    headings: [],
    sections: [],
    questions: [],
    groups: [],
    tags: [],
    openFenceLine: -1,
  };
  private fence: string | null = null;
  private fenceLine = -1;
  private section = -1;
  private openGroups: number[] = [];
  private question: Question | null = null;
  private questionGroup = -1;
  private prompt: { lines: string[]; start: number; end: number; endChar: number } | null = null;
  private answerLines: string[] = [];
  private answerStart = -1;
  private answerEnd = -1;
  private answerEndChar = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly sectionLevel: number,
  ) {}

  read(startLine: number): Body {
    for (let line = startLine; line < this.lines.length; line++) this.readLine(this.lines[line] ?? '', line);
    this.endPrompt();
    this.endQuestion();
    this.endSection(this.lines.length - 1);
    for (const index of this.openGroups) this.closeGroup(index, this.lines.length - 1, false);
    if (this.fence !== null) this.body.openFenceLine = this.fenceLine;
    return this.body;
  }

  private readLine(text: string, line: number): void {
    // Dispatch on the first non-blank character, so that most lines (answer text) meet no regular expression.
    const indent = firstNonBlank(text);
    const first = indent < 0 ? 0 : text.charCodeAt(indent);
    const fence = first === 0x60 || first === 0x7e ? FENCE.exec(text) : null;
    if (this.fence !== null) {
      if (fence && fence[1]?.startsWith(this.fence)) this.fence = null;
      this.addContent(text, line);
      return;
    }
    if (fence) {
      this.fence = (fence[1] ?? '').slice(0, 3);
      this.fenceLine = line;
      this.addContent(text, line);
      return;
    }
    if (first === 0x3e && indent <= 3 && PROMPT.test(text)) {
      this.addPromptLine(text, line);
      return;
    }
    this.endPrompt();
    if (indent < 0) return;
    const heading = first === 0x23 && indent === 0 ? readHeading(text, line) : null;
    if (heading) this.readHeadingLine(heading);
    else if (first === 0x3c && GROUP_OPEN.test(text)) this.openGroup(line);
    else if (first === 0x3c && GROUP_CLOSE.test(text) && this.openGroups.length > 0)
      this.closeInnermostGroup(line);
    else if (first === 0x5b && text.startsWith('[[', indent)) this.readStrayTag(text, line);
    else this.addContent(text, line);
  }

  private readHeadingLine(heading: Heading): void {
    this.body.headings.push(heading);
    if (heading.level !== this.sectionLevel) return;
    this.endQuestion();
    this.endSection(heading.line - 1);
    for (const index of this.openGroups.splice(0)) this.closeGroup(index, heading.line - 1, false);
    this.section = this.body.sections.length;
    this.body.sections.push({
      heading,
      range: range(heading.line, 0, heading.line, heading.range.end.character),
      questions: [],
      endLine: heading.line,
    });
  }

  private endSection(lastLine: number): void {
    const section = this.body.sections[this.section];
    if (!section) return;
    const end = Math.max(section.heading.line, lastLine);
    section.endLine = end;
    section.range = range(section.heading.line, 0, end, (this.lines[end] ?? '').length);
  }

  private addPromptLine(text: string, line: number): void {
    const content = text.replace(PROMPT, '').replace(/^ /, '');
    if (this.prompt) {
      this.prompt.lines.push(content);
      this.prompt.end = line;
      this.prompt.endChar = text.trimEnd().length;
      return;
    }
    this.prompt = { lines: [content], start: line, end: line, endChar: text.trimEnd().length };
  }

  /** A finished `>` block: a new question, or (when it has no words, as inside evidence groups) part of an answer. */
  private endPrompt(): void {
    const prompt = this.prompt;
    if (!prompt) return;
    this.prompt = null;
    const words = prompt.lines
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
    if (words === '') {
      for (let line = prompt.start; line <= prompt.end; line++) this.addContent(this.lines[line] ?? '', line);
      return;
    }
    this.endQuestion();
    const first = this.lines[prompt.start] ?? '';
    const question: Question = {
      prompt: words,
      line: prompt.start,
      promptRange: range(prompt.start, first.length - first.trimStart().length, prompt.end, prompt.endChar),
      answer: null,
      section: this.section,
      group: this.openGroups[this.openGroups.length - 1] ?? -1,
    };
    this.question = question;
    this.questionGroup = question.group;
    this.body.sections[this.section]?.questions.push(this.body.questions.length);
    this.body.questions.push(question);
  }

  private addContent(text: string, line: number): void {
    if (!this.question || text.trim() === '') return;
    if (this.answerStart < 0) this.answerStart = line;
    this.answerEnd = line;
    this.answerEndChar = text.trimEnd().length;
    this.answerLines.push(text);
  }

  private endQuestion(): void {
    const question = this.question;
    if (question && this.answerStart >= 0) {
      const first = this.lines[this.answerStart] ?? '';
      question.answer = {
        text: this.answerLines.join('\n'),
        range: range(
          this.answerStart,
          first.length - first.trimStart().length,
          this.answerEnd,
          this.answerEndChar,
        ),
      };
    }
    this.question = null;
    this.questionGroup = -1;
    this.answerLines = [];
    this.answerStart = -1;
    this.answerEnd = -1;
  }

  private openGroup(line: number): void {
    this.openGroups.push(this.body.groups.length);
    this.body.groups.push({
      range: lineRange(line, 0, (this.lines[line] ?? '').length),
      section: this.section,
      closed: false,
    });
  }

  private closeInnermostGroup(line: number): void {
    const index = this.openGroups.pop();
    if (index === undefined) return;
    // A question asked inside the group is answered inside it; one asked before the group goes on through it.
    if (this.question && this.questionGroup === index) this.endQuestion();
    this.closeGroup(index, line, true);
  }

  private closeGroup(index: number, line: number, closed: boolean): void {
    const group = this.body.groups[index];
    if (!group) return;
    group.closed = closed;
    group.range = range(group.range.start.line, 0, line, (this.lines[line] ?? '').length);
  }

  private readStrayTag(text: string, line: number): void {
    // Below the header only well-formed tags count: a bracketed phrase in an answer is the author's text.
    const scanned = scanTagLine(text, line, false);
    for (const tag of scanned?.tags ?? []) this.body.tags.push(tag);
  }
}

export function readBody(lines: readonly string[], startLine: number, sectionLevel: number): Body {
  return new BodyReader(lines, sectionLevel).read(startLine);
}

/** The index of the first character that is not a space or a tab, or -1 for a blank line. */
function firstNonBlank(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 0xa0 && code !== 0xfeff) return index;
  }
  return -1;
}
