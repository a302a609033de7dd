import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

/** VS Code's own Markdown support, whose outline of a Markdown file starts at its `#` title. */
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

/**
 * How the client adjusts the server's answers to the editor. VS Code shows one outline per provider, each under its
 * provider's name, as soon as two answer: a Markdown document would get "Learning Plans" and "Markdown Language
 * Features" side by side, and Go to Symbol every section twice. Where VS Code outlines Markdown itself, the outline
 * is its alone (starting at the title); the server's outline serves plain-text documents, and other editors.
 */
export const CLIENT_MIDDLEWARE: Middleware = {
  provideDocumentSymbols: (document, token, next) =>
    document.languageId === 'markdown' && vscode.extensions.getExtension(MARKDOWN_EXTENSION)
      ? []
      : next(document, token),
};
