import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  type Hover,
  type CompletionItem,
  type CompletionList,
  SemanticTokensBuilder,
  SymbolKind,
  type Connection,
  type DocumentSymbol,
  type SemanticTokensLegend,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Localize, ParsedDocument } from '../service';
import { complete, type CompletionEntry, type CompletionKind } from '../service/features/completion';
import { hover } from '../service/features/hover';
import { documentLinks } from '../service/features/links';
import { foldingRanges } from '../service/features/folding';
import { semanticTokens, TOKEN_TYPES } from '../service/features/semanticTokens';
import {
  documentSymbols,
  type OutlineSymbol,
  type SymbolKind as OutlineKind,
} from '../service/features/symbols';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [],
};

const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  document: SymbolKind.File,
  tags: SymbolKind.Property,
  section: SymbolKind.Namespace,
  question: SymbolKind.String,
  group: SymbolKind.Object,
};

export interface FeatureContext {
  document(uri: string): TextDocument | undefined;
  parsed(document: TextDocument): ParsedDocument;
  t(): Localize;
  currentYear(): number;
  locale(): string;
}

export const COMPLETION_TRIGGERS = ['[', ':', '#', ',', '-'];

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  section: CompletionItemKind.Module,
  item: CompletionItemKind.Value,
};

/** Outline, folding, links and semantic tokens: each handler finds the parsed document and asks the service. */
export function registerLanguageFeatures(connection: Connection, context: FeatureContext): void {
  const parsed = (uri: string) => {
    const document = context.document(uri);
    return document ? { document, doc: context.parsed(document) } : undefined;
  };

  connection.onCompletion(({ textDocument, position }): CompletionList => {
    const found = parsed(textDocument.uri);
    if (!found) return { isIncomplete: false, items: [] };
    const result = complete(found.doc, position, {
      t: context.t(),
      currentYear: context.currentYear(),
      locale: context.locale(),
    });
    return { isIncomplete: result.isIncomplete, items: result.items.map(toCompletionItem) };
  });

  connection.onHover(({ textDocument, position }): Hover | null => {
    const found = parsed(textDocument.uri);
    const result = found ? hover(found.doc, position, { t: context.t(), locale: context.locale() }) : null;
    return result
      ? { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: result.range }
      : null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const found = parsed(textDocument.uri);
    return found ? documentSymbols(found.doc, context.t()).map(toDocumentSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const found = parsed(textDocument.uri);
    if (!found) return [];
    return foldingRanges(found.doc).map((fold) => ({
      startLine: fold.startLine,
      endLine: fold.endLine,
      ...(fold.kind === 'region' ? { kind: FoldingRangeKind.Region } : {}),
    }));
  });

  connection.onDocumentLinks(({ textDocument }) => {
    const found = parsed(textDocument.uri);
    return found ? documentLinks(found.doc) : [];
  });

  connection.languages.semanticTokens.on(({ textDocument }) => {
    const found = parsed(textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!found) return builder.build();
    const structure = found.document.languageId !== 'markdown';
    for (const token of semanticTokens(found.doc, { structure })) {
      builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), 0);
    }
    return builder.build();
  });
}

function toCompletionItem(entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    ...(entry.detail ? { detail: entry.detail } : {}),
    ...(entry.documentation ? { documentation: entry.documentation } : {}),
    textEdit: { range: entry.range, newText: entry.insertText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(entry.filterText ? { filterText: entry.filterText } : {}),
    ...(entry.sortText ? { sortText: entry.sortText } : {}),
    ...(entry.additionalEdits ? { additionalTextEdits: entry.additionalEdits } : {}),
    ...(entry.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
