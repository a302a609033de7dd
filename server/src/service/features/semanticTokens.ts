import type { ParsedDocument } from '../model';

/** Token types, in the order the server declares them in its legend. */
export const TOKEN_TYPES = ['operator', 'property', 'string', 'number', 'namespace', 'comment'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
}

const NUMERIC_KEYS: ReadonlySet<string> = new Set(['year', 'latlng']);

/**
 * Tokens for the tags — `[[`, key, `:`, value, `]]` — so that plain-text documents are highlighted like Markdown
 * ones; with `structure`, also section headings and question prompts (Markdown has its own colours for those).
 */
export function semanticTokens(doc: ParsedDocument, options: { structure: boolean }): SemanticToken[] {
  if (doc.kind === 'other') return [];
  const tokens: SemanticToken[] = [];
  for (const tag of doc.tags) {
    const { line } = tag;
    const open = tag.range.start.character;
    const colon = (doc.lines[line] ?? '').indexOf(':', tag.keyRange.end.character);
    tokens.push({ line, character: open, length: 2, type: 'operator' });
    tokens.push({
      line,
      character: tag.keyRange.start.character,
      length: span(tag.keyRange),
      type: 'property',
    });
    if (colon >= 0) tokens.push({ line, character: colon, length: 1, type: 'operator' });
    if (span(tag.valueRange) > 0) {
      const type = NUMERIC_KEYS.has(tag.key.toLowerCase()) ? 'number' : 'string';
      tokens.push({ line, character: tag.valueRange.start.character, length: span(tag.valueRange), type });
    }
    tokens.push({ line, character: tag.range.end.character - 2, length: 2, type: 'operator' });
  }
  if (options.structure) {
    for (const heading of doc.headings)
      tokens.push({
        line: heading.line,
        character: 0,
        length: heading.range.end.character,
        type: 'namespace',
      });
    for (const question of doc.questions) {
      for (let line = question.promptRange.start.line; line <= question.promptRange.end.line; line++) {
        const text = doc.lines[line] ?? '';
        tokens.push({ line, character: 0, length: text.trimEnd().length, type: 'comment' });
      }
    }
  }
  return tokens
    .filter((token) => token.length > 0)
    .sort((a, b) => a.line - b.line || a.character - b.character);
}

function span(range: { start: { character: number }; end: { character: number } }): number {
  return range.end.character - range.start.character;
}
