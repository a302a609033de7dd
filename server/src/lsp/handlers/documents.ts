import type { Session } from '../session';

/** The editor's documents: their text goes to the service, their findings come back after each edit settles. */
export function registerDocumentHandlers(session: Session): void {
  const { documents, publisher } = session;
  // Fired on open too, with the whole text.
  documents.onDidChangeContent(({ document }) => {
    session.service.openDocument(document.uri, document.getText(), document.version);
    publisher.documentChanged(document.uri);
  });
  documents.onDidClose(async ({ document }) => {
    publisher.cancel(document.uri);
    const inWorkspace = await session.service.closeDocument(document.uri).catch(() => false);
    if (inWorkspace) await publisher.publish(document.uri);
    else await publisher.clear(document.uri);
    publisher.crossChanged();
  });
}
