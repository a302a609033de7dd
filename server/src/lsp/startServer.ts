import type { Connection } from 'vscode-languageserver';
import { registerCodeActionHandlers } from './handlers/codeActions';
import { registerDocumentHandlers } from './handlers/documents';
import { registerFeatureHandlers } from './handlers/features';
import { registerLifecycleHandlers } from './handlers/lifecycle';
import { registerPanelHandlers } from './handlers/panels';
import { registerPortfolioHandlers } from './handlers/portfolio';
import { Session, type ServerEnvironment } from './session';

export type { ServerEnvironment } from './session';

/** Wires a connection to a session of the language service; the handlers only deliver the service's answers. */
export function startServer(connection: Connection, environment: ServerEnvironment): void {
  const session = new Session(connection, environment);
  registerLifecycleHandlers(session);
  registerDocumentHandlers(session);
  registerFeatureHandlers(session);
  registerCodeActionHandlers(session);
  registerPanelHandlers(session);
  registerPortfolioHandlers(session);
  session.documents.listen(connection);
  connection.listen();
}
