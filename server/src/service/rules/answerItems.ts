/** Lines that begin an item: `1)`, `1.`, `(1)`, `a)`, `b.`, `#1`, `- `, `* `, `• `. */
const ITEM = /^\s*(\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|#\s?\d{1,2}\b|[-*•]\s)/;

/**
 * How many items an answer lists, when it marks them (numbers or bullets); null when it does not, since then
 * paragraphs are no reliable count (one insight may run over several).
 */
export function countItems(text: string): number | null {
  const items = text.split('\n').filter((line) => ITEM.test(line)).length;
  return items > 0 ? items : null;
}

/** The `- ` items of a checklist answer, with where each item's text starts on its line. */
export function checklistItems(text: string): { value: string; offset: number; lineIndex: number }[] {
  return text.split('\n').flatMap((line, lineIndex) => {
    const match = /^(\s*[-*]\s+)(.*?)\s*$/.exec(line);
    return match && match[2] ? [{ value: match[2], offset: (match[1] ?? '').length, lineIndex }] : [];
  });
}
