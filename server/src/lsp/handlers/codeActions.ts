import type { CodeAction } from 'vscode-languageserver';
import type { CodeActionEntry } from '../../service';
import { toDiagnostic } from '../diagnostics';
import type { Session } from '../session';

/** Quick fixes and "fix all", as the service works them out for the document's findings. */
export function registerCodeActionHandlers(session: Session): void {
  session.connection.onCodeAction(async ({ textDocument, range, context }) => {
    const entries = await session.service.codeActions(textDocument.uri, range, context.only);
    return entries.map((entry) => toCodeAction(textDocument.uri, entry, session.environment.rulesDocUrl));
  });
}

function toCodeAction(uri: string, entry: CodeActionEntry, rulesDocUrl: string): CodeAction {
  return {
    title: entry.title,
    kind: entry.kind,
    ...(entry.finding ? { diagnostics: [toDiagnostic(entry.finding, uri, rulesDocUrl)] } : {}),
    ...(entry.isPreferred !== undefined ? { isPreferred: entry.isPreferred } : {}),
    edit: { changes: { [uri]: entry.edits } },
  };
}
