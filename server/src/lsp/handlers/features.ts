import { MarkupKind, SemanticTokensBuilder, type Hover } from 'vscode-languageserver';
import { TOKEN_TYPES } from '../../service';
import { toCompletionList, toDocumentSymbol, toFoldingRange } from '../convert';
import type { Session } from '../session';

/** Completion, hover, outline, folding, links and semantic tokens: each asks the service and converts. */
export function registerFeatureHandlers(session: Session): void {
  const { connection } = session;
  const service = () => session.service;

  connection.onCompletion(async ({ textDocument, position }) =>
    toCompletionList(await service().completion(textDocument.uri, position)),
  );

  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const result = await service().hover(textDocument.uri, position);
    return result
      ? { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: result.range }
      : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) =>
    (await service().documentSymbols(textDocument.uri)).map(toDocumentSymbol),
  );

  connection.onFoldingRanges(async ({ textDocument }) =>
    (await service().foldingRanges(textDocument.uri)).map(toFoldingRange),
  );

  connection.onDocumentLinks(({ textDocument }) => service().documentLinks(textDocument.uri));

  connection.languages.semanticTokens.on(async ({ textDocument }) => {
    const document = session.documents.get(textDocument.uri);
    const builder = new SemanticTokensBuilder();
    // In plain text the tokens colour the structure too; Markdown's own grammar already does.
    const structure = document !== undefined && document.languageId !== 'markdown';
    for (const token of await service().semanticTokens(textDocument.uri, { structure })) {
      builder.push(token.line, token.character, token.length, TOKEN_TYPES.indexOf(token.type), 0);
    }
    return builder.build();
  });
}
