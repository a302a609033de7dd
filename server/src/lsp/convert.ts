/** The service's answers in LSP's shapes. */
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type FoldingRange,
  type SemanticTokensLegend,
} from 'vscode-languageserver';
import {
  TOKEN_TYPES,
  type CompletionEntry,
  type CompletionKind,
  type CompletionResult,
  type Fold,
  type OutlineSymbol,
  type SymbolKind as OutlineKind,
} from '../service';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [],
};

export const COMPLETION_TRIGGERS = ['[', ':', '#', ',', '-'];

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  section: CompletionItemKind.Module,
  item: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

/**
 * The outline's icons, chosen to read as the document does rather than as code: a page for the document, a list of
 * values for its tags, a heading's "abc" for each section (as VS Code's own Markdown outline), a card with text for
 * each question, a group of blocks for each partner.
 */
const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  document: SymbolKind.File,
  tags: SymbolKind.Enum,
  section: SymbolKind.String,
  question: SymbolKind.EnumMember,
  group: SymbolKind.Struct,
};

export function toCompletionList(result: CompletionResult): CompletionList {
  return { isIncomplete: result.isIncomplete, items: result.items.map(toCompletionItem) };
}

function toCompletionItem(entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    ...(entry.detail ? { detail: entry.detail } : {}),
    ...(entry.documentation
      ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } }
      : {}),
    textEdit: { range: entry.range, newText: entry.insertText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(entry.filterText ? { filterText: entry.filterText } : {}),
    ...(entry.sortText ? { sortText: entry.sortText } : {}),
    ...(entry.additionalEdits ? { additionalTextEdits: entry.additionalEdits } : {}),
    ...(entry.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}

export function toFoldingRange(fold: Fold): FoldingRange {
  return {
    startLine: fold.startLine,
    endLine: fold.endLine,
    ...(fold.kind === 'region' ? { kind: FoldingRangeKind.Region } : {}),
  };
}
