import {
  DocumentMapRequest,
  DocumentSummaryRequest,
  MoveLocationRequest,
  NewDocumentChoicesRequest,
  NewDocumentRequest,
  WorkspaceIndexRequest,
  WorkspaceMapRequest,
} from '../../protocol';
import type { Session } from '../session';

/** The preview's, the maps' and New Learning Plan…'s requests. */
export function registerPanelHandlers(session: Session): void {
  const { connection } = session;
  const service = () => session.service;

  connection.onRequest(DocumentSummaryRequest, ({ uri }) => service().summary(uri));
  connection.onRequest(DocumentMapRequest, ({ uri }) => service().documentMap(uri));
  connection.onRequest(MoveLocationRequest, async ({ uri, line, lat, lng }) => {
    const edits = await service().moveLocation(uri, line, lat, lng);
    const version = session.documents.get(uri)?.version;
    return edits && version !== undefined
      ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
      : null;
  });

  connection.onRequest(WorkspaceIndexRequest, async (token) => {
    const { cancelled } = await scanWithProgress(session, () => token.isCancellationRequested, true);
    return { entries: await service().workspaceEntries(), cancelled };
  });
  connection.onRequest(WorkspaceMapRequest, async (params, token) => {
    const check = params?.check === true;
    const { cancelled } = await scanWithProgress(session, () => token.isCancellationRequested, check);
    return { entries: await service().workspaceMap({ checked: check }), cancelled };
  });

  connection.onRequest(NewDocumentChoicesRequest, () => service().newDocumentChoices());
  connection.onRequest(NewDocumentRequest, ({ form, title, country }) =>
    service().newDocument(form, title, country),
  );
}

/**
 * The maps and the portfolio need the whole workspace read, even when its problems are not shown: after the
 * session's own reading of the workspace (when there is one), read what changed since — checked for the portfolio,
 * only indexed for the map (unless it asks for its documents' readiness).
 */
export async function scanWithProgress(
  session: Session,
  isCancelled: () => boolean,
  check: boolean,
): Promise<{ cancelled: boolean }> {
  await session.scanWorkspace();
  return session.withProgress(
    'Indexing learning plans',
    (progress) => session.service.scanFolders(session.folders, progress, { check }),
    isCancelled,
  );
}
