import type { AnnotatedTextEdit, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import {
  PortfolioRequest,
  TagEditRequest,
  TagValuesRequest,
  type TagEditResult,
  type TagOperation,
} from '../../protocol';
import type { LanguageService, TagChange } from '../../service';
import type { Session } from '../session';
import { scanWithProgress } from './panels';

const ANNOTATION = 'learningPlans.tagEdit';

/** The portfolio's rows, and its bulk edits of tag values as one workspace edit. */
export function registerPortfolioHandlers(session: Session): void {
  const { connection } = session;
  connection.onRequest(PortfolioRequest, async (params, token) => {
    const scan = params?.rescan
      ? await scanWithProgress(session, () => token.isCancellationRequested, true)
      : { cancelled: false };
    return { ...(await session.service.portfolio()), cancelled: scan.cancelled };
  });
  connection.onRequest(TagEditRequest, async ({ uris, operation }) =>
    tagEdit(session.service, uris, operation),
  );
  connection.onRequest(TagValuesRequest, ({ uris, key }) => session.service.tagValues(uris, key));
}

async function tagEdit(
  service: LanguageService,
  uris: string[],
  operation: TagOperation,
): Promise<TagEditResult> {
  const result = await service.tagEdits(uris, operation);
  if (!result.ok) return { edit: null, changed: [], unchanged: [], skipped: [], message: result.message };
  const { changes, unchanged, skipped } = result;
  return {
    edit: changes.length > 0 ? workspaceEdit(changes, describe(service, operation)) : null,
    changed: changes.map((change) => change.uri),
    unchanged,
    skipped,
  };
}

/**
 * One edit for every document, each change annotated to be confirmed: the editor shows them all in its refactor
 * preview before anything is written, and undoes them together. An open document's edit carries its version, so
 * an edit made on an older text is refused rather than applied in the wrong place.
 */
function workspaceEdit(changes: readonly TagChange[], label: string): WorkspaceEdit {
  const documentChanges: TextDocumentEdit[] = changes.map((change) => ({
    textDocument: { uri: change.uri, version: change.version },
    edits: change.edits.map((edit): AnnotatedTextEdit => ({ ...edit, annotationId: ANNOTATION })),
  }));
  return {
    documentChanges,
    changeAnnotations: { [ANNOTATION]: { label, needsConfirmation: true } },
  };
}

function describe({ t }: LanguageService, operation: TagOperation): string {
  const key = operation.key.trim().toLowerCase();
  switch (operation.op) {
    case 'add':
      return t('Add {0} "{1}"', key, operation.value.trim());
    case 'remove':
      return t('Remove {0} "{1}"', key, operation.value.trim());
    case 'rename':
      return t('Rename {0} "{1}" to "{2}"', key, operation.from.trim(), operation.to.trim());
  }
}
