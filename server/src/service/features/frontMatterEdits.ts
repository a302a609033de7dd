import type { FrontMatterEntry, FrontMatterItem, ParsedDocument, Range } from '../model';
import { deleteLine, insertAfterLine } from '../rules/lineEdits';
import type { TextEdit } from '../rules/types';
import { fold } from '../vocab/normalize';
import type { TagOperation } from './tagOperation';

/**
 * The edits that apply a tag operation to a toolkit card's front matter: its keys hold lists of values, written as
 * a flow list (`enablers: [Digitalization]`) or a block list (`- Digitalization` lines). A flow list is written
 * anew with the same items; a block list gains or loses whole lines. A front matter that YAML cannot read is left
 * alone.
 */
export function frontMatterEdits(doc: ParsedDocument, operation: TagOperation): TextEdit[] {
  const frontMatter = doc.frontMatter!;
  if (!frontMatter.closed || frontMatter.errors.length > 0) return [];
  const entry = frontMatter.entries.find((candidate) => candidate.key.toLowerCase() === operation.key);
  const values = entry ? currentValues(doc, entry) : [];
  const next = changedValues(values, operation);
  if (next === null || flowList(next) === flowList(values)) return [];
  if (!entry)
    return [insertBeforeLine(doc, frontMatter.range.end.line, `${operation.key}: ${flowList(next)}`)];
  if (entry.items && entry.items.length > 0 && !isFlow(doc, entry))
    return blockEdits(doc, entry.items, operation);
  if (entry.items || (entry.scalar ?? '') !== '')
    return [{ range: entry.valueRange, newText: flowList(next) }];
  // `key:` with nothing after it.
  const line = entry.keyRange.end.line;
  const end = (doc.lines[line] ?? '').length;
  return [
    {
      range: { start: { line, character: end }, end: { line, character: end } },
      newText: ` ${flowList(next)}`,
    },
  ];
}

/** The values as written: each item's source text (quotes kept), or the one scalar. */
function currentValues(doc: ParsedDocument, entry: FrontMatterEntry): { value: string; source: string }[] {
  if (entry.items)
    return entry.items.map((item) => ({ value: item.value, source: sourceOf(doc, item.range) }));
  return entry.scalar ? [{ value: entry.scalar, source: yamlScalar(entry.scalar) }] : [];
}

/** The list after the operation, or null when it does not change. */
function changedValues(
  values: readonly { value: string; source: string }[],
  operation: TagOperation,
): { value: string; source: string }[] | null {
  const named = (value: string) => (item: { value: string }) => fold(item.value) === fold(value);
  switch (operation.op) {
    case 'add':
      return values.some(named(operation.value))
        ? null
        : [...values, { value: operation.value, source: yamlScalar(operation.value) }];
    case 'remove': {
      const kept = values.filter((item) => !named(operation.value)(item));
      return kept.length === values.length ? null : kept;
    }
    case 'rename': {
      if (!values.some(named(operation.from))) return null;
      const renamed = { value: operation.to, source: yamlScalar(operation.to) };
      const result: { value: string; source: string }[] = [];
      for (const item of values) {
        const replacement = named(operation.from)(item) ? renamed : item;
        if (!result.some(named(replacement.value))) result.push(replacement);
      }
      return result;
    }
  }
}

/** A block list: lines of removed items go, a renamed item is written in place, a new one follows the last. */
function blockEdits(
  doc: ParsedDocument,
  items: readonly FrontMatterItem[],
  operation: TagOperation,
): TextEdit[] {
  const named = (value: string) => (item: FrontMatterItem) => fold(item.value) === fold(value);
  if (operation.op === 'add') {
    const last = items[items.length - 1]!;
    const prefix = (doc.lines[last.range.start.line] ?? '').slice(0, last.range.start.character);
    return [insertAfterLine(doc, last.range.end.line, prefix + yamlScalar(operation.value))];
  }
  const gone = items.filter(named(operation.op === 'remove' ? operation.value : operation.from));
  const removed = () => gone.map((item) => deleteLine(doc, item.range.start.line));
  if (operation.op === 'remove') return removed();
  // Renamed to a value the list already has: the old items go, rather than leave the value twice.
  if (fold(operation.to) !== fold(operation.from) && items.some(named(operation.to))) return removed();
  const [first, ...rest] = gone;
  return [
    { range: first!.range, newText: yamlScalar(operation.to) },
    ...rest.map((item) => deleteLine(doc, item.range.start.line)),
  ];
}

function isFlow(doc: ParsedDocument, entry: FrontMatterEntry): boolean {
  return sourceOf(doc, entry.valueRange).trimStart().startsWith('[');
}

function sourceOf(doc: ParsedDocument, range: Range): string {
  if (range.start.line === range.end.line)
    return (doc.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const lines = doc.lines.slice(range.start.line, range.end.line + 1);
  lines[0] = lines[0]!.slice(range.start.character);
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, range.end.character);
  return lines.join('\n');
}

function flowList(values: readonly { source: string }[]): string {
  return `[${values.map((item) => item.source).join(', ')}]`;
}

/** A value as YAML reads it back unchanged inside a flow list: plain when it can be, double-quoted otherwise. */
function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][^,[\]{}#:"'\\]*$/u.test(value) && value === value.trim();
  return plain ? value : JSON.stringify(value);
}

function insertBeforeLine(doc: ParsedDocument, line: number, text: string): TextEdit {
  return line > 0
    ? insertAfterLine(doc, line - 1, text)
    : { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${text}\n` };
}
