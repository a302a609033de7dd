import type { MalformedTag, Tag } from '../model';
import { lineRange } from '../text/lines';

export interface TagLine {
  tags: Tag[];
  problems: MalformedTag[];
}

const SEPARATOR = /\]\][ \t]*\[\[/g;

/**
 * Reads the `[[key:value]]` tags of one line. The value runs to the line's last `]]`, so a value may hold `]]`
 * or `:`; several tags on one line are read but reported, since the platform writes one tag per line.
 * Returns null when the line holds no `[[` at all.
 */
export function scanTagLine(text: string, line: number, inHeader: boolean): TagLine | null {
  const open = text.indexOf('[[');
  if (open < 0) return singleBracket(text, line);
  const result: TagLine = { tags: [], problems: [] };
  const contentEnd = text.trimEnd().length;
  const close = text.lastIndexOf(']]');
  if (close < open + 2) {
    result.problems.push({ problem: 'unclosed', line, range: lineRange(line, open, contentEnd) });
    return result;
  }
  const before = text.slice(0, open).trim();
  const after = text.slice(close + 2).trim();
  const parts = splitTags(text, open + 2, close);
  if (before !== '' || after !== '' || parts.length > 1) {
    result.problems.push({
      problem: 'not-alone',
      line,
      range: lineRange(line, text.length - text.trimStart().length, contentEnd),
    });
  }
  for (const [start, end] of parts) {
    const tag = readTag(text, line, start, end, inHeader);
    if ('problem' in tag) result.problems.push(tag);
    else result.tags.push(tag);
  }
  return result;
}

/** The [start, end) spans of each tag's inside (between `[[` and `]]`) on a line. */
function splitTags(text: string, innerStart: number, innerEnd: number): [number, number][] {
  const spans: [number, number][] = [];
  const inner = text.slice(innerStart, innerEnd);
  let from = 0;
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(inner); match; match = SEPARATOR.exec(inner)) {
    spans.push([innerStart + from, innerStart + match.index]);
    from = match.index + match[0].length;
  }
  spans.push([innerStart + from, innerEnd]);
  return spans;
}

function readTag(
  text: string,
  line: number,
  start: number,
  end: number,
  inHeader: boolean,
): Tag | MalformedTag {
  const whole = lineRange(line, start - 2, end + 2);
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end) return { problem: 'no-colon', line, range: whole };
  const [keyStart, keyEnd] = trimSpan(text, start, colon);
  if (keyStart === keyEnd) return { problem: 'no-key', line, range: whole };
  const [valueStart, valueEnd] = trimSpan(text, colon + 1, end);
  return {
    key: text.slice(keyStart, keyEnd),
    value: text.slice(valueStart, valueEnd),
    line,
    range: whole,
    keyRange: lineRange(line, keyStart, keyEnd),
    valueRange: lineRange(line, valueStart, valueEnd),
    inHeader,
  };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

const SINGLE_BRACKET = /^\s*\[{1,2}[A-Za-z_]+\s*:.*?\]{0,2}\s*$/;

/** `[year:2022]`, `[year:2022]]`: a tag written with single brackets, which the platform would not read. */
function singleBracket(text: string, line: number): TagLine | null {
  if (!SINGLE_BRACKET.test(text) || /\]\(/.test(text)) return null;
  const start = text.length - text.trimStart().length;
  return {
    tags: [],
    problems: [{ problem: 'single-bracket', line, range: lineRange(line, start, text.trimEnd().length) }],
  };
}
