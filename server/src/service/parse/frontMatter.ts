import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { FrontMatter, FrontMatterEntry, FrontMatterItem, Range } from '../model';
import { range } from '../text/lines';
import { dropRepeatedKeys } from '../yamlKeys';
import { libraryProblem, NOT_CLOSED, REPEATED_KEY } from '../yamlProblem';

const DELIMITER = /^---\s*$/;
const CLOSER = /^(---|\.\.\.)\s*$/;

/** Where the front matter sits: its opening line and closing line (or -1 when it is never closed). */
export function findFrontMatter(lines: readonly string[]): { open: number; close: number } | null {
  if (!DELIMITER.test(lines[0] ?? '')) return null;
  for (let line = 1; line < lines.length; line++)
    if (CLOSER.test(lines[line] ?? '')) return { open: 0, close: line };
  return { open: 0, close: -1 };
}

/**
 * Parses the YAML between the delimiters with `yaml`, keeping each key's, value's and list item's position
 * and each syntax error's exact range in the document.
 */
export function parseFrontMatter(lines: readonly string[], open: number, close: number): FrontMatter {
  const last = close < 0 ? lines.length - 1 : close;
  const whole = range(open, 0, last, (lines[last] ?? '').length);
  if (close < 0) {
    return {
      range: whole,
      closed: false,
      entries: [],
      errors: [{ problem: { code: NOT_CLOSED, detail: '' }, range: range(open, 0, open, 3) }],
    };
  }
  const firstLine = open + 1;
  const source = lines.slice(firstLine, close).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toRange = (start: number, end: number): Range => {
    // YAML may point one past the end of its source (an unterminated list): keep ranges inside the document.
    const from = lineCounter.linePos(Math.min(start, source.length));
    const to = lineCounter.linePos(Math.min(Math.max(start, end), source.length));
    return range(firstLine + from.line - 1, from.col - 1, firstLine + to.line - 1, to.col - 1);
  };
  const errors = [...document.errors, ...document.warnings].map((error) => ({
    problem: libraryProblem(error),
    range: toRange(error.pos[0], error.pos[1]),
  }));
  for (const key of dropRepeatedKeys(document)) {
    const [start, end] = key.range ?? [0, 0];
    errors.push({ problem: { code: REPEATED_KEY, detail: '' }, range: toRange(start, end) });
  }
  const entries = isMap(document.contents)
    ? document.contents.items.flatMap((pair) => readEntry(pair as Pair<Node, Node>, toRange))
    : [];
  return { range: whole, closed: true, entries, errors };
}

function readEntry(
  pair: Pair<Node, Node>,
  toRange: (start: number, end: number) => Range,
): FrontMatterEntry[] {
  const key = pair.key;
  if (!isScalar(key) || !key.range) return [];
  const keyRange = toRange(key.range[0], key.range[1]);
  const value = pair.value;
  const valueRange = value?.range
    ? toRange(value.range[0], value.range[1])
    : { start: keyRange.end, end: keyRange.end };
  let items: FrontMatterItem[] | null = null;
  if (isSeq(value)) {
    items = value.items.flatMap((item) =>
      isScalar(item) && item.range
        ? [{ value: String(item.value ?? ''), range: toRange(item.range[0], item.range[1]) }]
        : [],
    );
  }
  const scalar = isScalar(value) ? String(value.value ?? '') : value === null ? '' : null;
  return [{ key: String(key.value), keyRange, valueRange, scalar, items }];
}
