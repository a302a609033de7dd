type Style = 'number' | 'letter' | 'roman' | 'bullet';

interface Item {
  style: Style;
  /** The item's place in its list (1 for `1.`, `a)` or `i)`), 0 for a bullet. */
  ordinal: number;
  line: number;
}

const NUMBERED = /^\s*(?:\(?(\d{1,2})[.)]\s+|#\s?(\d{1,2})\b\s*)(.*)$/;
const ROMAN = /^\s*\(?(i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+(.*)$/i;
const LETTERED = /^\s*\(?([a-z])[.)]\s+(.*)$/i;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/** The item a line begins, if any: a clause ending in `;` or `,` is part of a sentence, not an item of its own. */
function readItem(text: string, line: number, previous: Item | undefined): Item | null {
  const numbered = NUMBERED.exec(text);
  const roman = ROMAN.exec(text);
  const lettered = LETTERED.exec(text);
  const bullet = BULLET.exec(text);
  const rest = (numbered?.[3] ?? roman?.[2] ?? lettered?.[2] ?? bullet?.[1] ?? '').trim();
  if (/[;,]$/.test(rest)) return null;
  if (numbered) return { style: 'number', ordinal: Number(numbered[1] ?? numbered[2]), line };
  // "i)" after "h)" is a letter; otherwise i), ii), iv) number sub-points.
  const letterExpected =
    previous?.style === 'letter' && lettered && ordinalOf(lettered[1]!) === previous.ordinal + 1;
  if (roman && !letterExpected)
    return { style: 'roman', ordinal: ROMAN_VALUES[roman[1]!.toLowerCase()] ?? 0, line };
  if (lettered) return { style: 'letter', ordinal: ordinalOf(lettered[1]!), line };
  return bullet ? { style: 'bullet', ordinal: 0, line } : null;
}

function ordinalOf(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

function readItems(lines: readonly string[]): { items: Item[]; textLines: Set<number> } {
  const items: Item[] = [];
  const textLines = new Set<number>();
  let lastOrdered: Item | undefined;
  lines.forEach((text, line) => {
    if (text.trim() === '') return;
    const item = readItem(text, line, lastOrdered);
    if (item) items.push(item);
    if (item && item.style !== 'bullet') lastOrdered = item;
    // Indented lines continue an item; text at the margin between items ends a bulleted list.
    else if (!/^\s/.test(text)) textLines.add(line);
  });
  return { items, textLines };
}

/** The longest list of items of one style: numbering that starts again, or prose between bullets, starts a new list. */
function longestList(items: readonly Item[], textLines: ReadonlySet<number>): number {
  let longest = 0;
  let current = 0;
  let previous: Item | undefined;
  for (const item of items) {
    const continues =
      previous !== undefined &&
      (item.style === 'bullet'
        ? ![...textLines].some((line) => line > previous!.line && line < item.line)
        : item.ordinal > previous.ordinal);
    current = continues ? current + 1 : 1;
    longest = Math.max(longest, current);
    previous = item;
  }
  return longest;
}

/**
 * How many top-level items an answer lists, when it marks them (numbers, letters or bullets); null when it does not,
 * since then paragraphs are no reliable count (one insight may run over several). Top level is the style of the
 * first item: sub-points in another style (a./b. under 1., i)–iv), bullets under an insight) do not count, nor do
 * clauses of a sentence set out as a list.
 */
export function countItems(text: string): number | null {
  const { items, textLines } = readItems(text.split('\n'));
  const top = items[0]?.style;
  if (!top) return null;
  return longestList(
    items.filter((item) => item.style === top),
    textLines,
  );
}

/** The `- ` items of a checklist answer, with where each item's text starts on its line. */
export function checklistItems(text: string): { value: string; offset: number; lineIndex: number }[] {
  return text.split('\n').flatMap((line, lineIndex) => {
    const match = /^(\s*[-*]\s+)(.*?)\s*$/.exec(line);
    return match && match[2] ? [{ value: match[2], offset: (match[1] ?? '').length, lineIndex }] : [];
  });
}
