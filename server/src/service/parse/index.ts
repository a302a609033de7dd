import type { FrontMatter, Heading, MalformedTag, ParsedDocument, Tag } from '../model';
import { range, splitLines } from '../text/lines';
import { readBody, readHeading } from './body';
import { detectKind } from './detect';
import { findFrontMatter, parseFrontMatter } from './frontMatter';
import { scanTagLine, type TagLine } from './tags';

interface Header {
  title: Heading | null;
  tags: Tag[];
  malformedTags: MalformedTag[];
  endLine: number;
}

/**
 * Reads a document into the model. Works on any text: what is not a learning-plan-family document comes out
 * with kind 'other', which every feature leaves alone.
 */
export function parseDocument(text: string): ParsedDocument {
  const { lines, lineStarts, eols } = splitLines(text);
  const fence = findFrontMatter(lines);
  let frontMatter: FrontMatter | null = null;
  let header: Header;
  let bodyStart: number;
  if (fence) {
    frontMatter = parseFrontMatter(lines, fence.open, fence.close);
    bodyStart = fence.close < 0 ? lines.length : fence.close + 1;
    header = { title: null, tags: [], malformedTags: [], endLine: bodyStart };
  } else {
    header = readHeader(lines);
    bodyStart = header.endLine;
  }
  const sectionLevel = frontMatter ? 4 : 2;
  const body = readBody(lines, bodyStart, sectionLevel);
  const title = frontMatter ? (body.headings.find((heading) => heading.level <= 2) ?? null) : header.title;
  const tags = [...header.tags, ...body.tags];
  const declaredType = tags.find((tag) => tag.key.toLowerCase() === 'type')?.value ?? null;
  const frontMatterKeys = fence
    ? rawKeys(lines, fence.open + 1, fence.close < 0 ? lines.length : fence.close)
    : null;
  const kind = detectKind({
    frontMatterKeys,
    declaredType,
    tags,
    headings: body.sections.map((s) => s.heading.text),
  });
  return {
    text,
    lines,
    lineStarts,
    eols,
    syntax: frontMatter ? 'toolkit' : tags.length > 0 || header.malformedTags.length > 0 ? 'archive' : 'none',
    kind,
    title,
    declaredType,
    tags,
    malformedTags: header.malformedTags,
    headerEndLine: header.endLine,
    headings: body.headings,
    sections: body.sections,
    questions: body.questions,
    groups: body.groups,
    frontMatter,
    openFenceLine: body.openFenceLine,
  };
}

/** The title, the tag block and the blank lines around them, up to the first line of anything else. */
function readHeader(lines: readonly string[]): Header {
  const header: Header = { title: null, tags: [], malformedTags: [], endLine: lines.length };
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (text.trim() === '') continue;
    const heading = readHeading(text, line);
    if (heading && heading.level === 1 && header.title === null) {
      header.title = heading;
      continue;
    }
    const scanned = heading ? null : scanTagLine(text, line, true);
    if (!scanned && continuesTitle(header, lines, line)) {
      extendTitle(header.title!, text, line);
      continue;
    }
    if (!scanned) {
      header.endLine = line;
      return header;
    }
    if (isSplitTag(scanned, lines[line + 1])) {
      const next = lines[line + 1] ?? '';
      header.malformedTags.push({
        problem: 'split',
        line,
        range: range(line, 0, line + 1, next.trimEnd().length),
      });
      line++;
      continue;
    }
    // One line may hold hundreds of thousands of tags: spreading them as arguments would overflow the stack.
    for (const tag of scanned.tags) header.tags.push(tag);
    for (const problem of scanned.problems) header.malformedTags.push(problem);
  }
  return header;
}

/** A title runs over at most this many lines: the platform cuts titles at 99 characters. */
const MAX_TITLE_LINES = 3;

/**
 * A title the platform exported over several lines, or an empty `# ` line with the title on the next: plain text
 * under the title, before any tag, with the tag block right after it (blank lines may separate them).
 */
function continuesTitle(header: Header, lines: readonly string[], line: number): boolean {
  const title = header.title;
  if (!title || header.tags.length > 0 || header.malformedTags.length > 0) return false;
  const budget = MAX_TITLE_LINES - (title.range.end.line - title.range.start.line + 1);
  return isTitleText(lines[line] ?? '') && titleRunEndsInTags(lines, line + 1, budget - 1);
}

/** Whether the lines from `from` on reach a tag line, crossing blank lines and at most `budget` more lines of text. */
function titleRunEndsInTags(lines: readonly string[], from: number, budget: number): boolean {
  for (let line = from; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (text.trim() === '') continue;
    if (text.trimStart().startsWith('[[')) return true;
    if (budget <= 0 || !isTitleText(text)) return false;
    budget--;
  }
  return false;
}

/** Plain text: not a heading, a quote, HTML, a list item or a fence, which would start the body. */
function isTitleText(text: string): boolean {
  return !/^\s*([#>\-*`~|<]|\[\[|\d+[.)]\s)/.test(text);
}

function extendTitle(title: Heading, text: string, line: number): void {
  const end = text.trimEnd().length;
  title.text = title.text === '' ? text.trim() : `${title.text} ${text.trim()}`;
  title.range = range(title.range.start.line, title.range.start.character, line, end);
  const start = title.textRange.start;
  // An empty `# ` line has no text of its own: the title's text starts on the line that carries it.
  title.textRange =
    title.textRange.start.character === title.textRange.end.character && start.line === title.range.start.line
      ? range(line, text.length - text.trimStart().length, line, end)
      : range(start.line, start.character, line, end);
}

const RAW_KEY = /^([A-Za-z_][\w-]*)\s*:/;

function rawKeys(lines: readonly string[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let line = from; line < to; line++) {
    const match = RAW_KEY.exec(lines[line] ?? '');
    if (match?.[1]) keys.push(match[1]);
  }
  return keys;
}

/** A tag whose value holds a stray line break: unclosed on its line, closed on the next. */
function isSplitTag(scanned: TagLine, next: string | undefined): boolean {
  if (next === undefined || scanned.problems[0]?.problem !== 'unclosed') return false;
  return next.trimEnd().endsWith(']]') && !next.includes('[[');
}
