import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../service';
import type { Finding } from '../service';
import { summarize, type DocumentSummary } from '../service/features/summary';
import {
  DOCUMENT_SUMMARY_REQUEST,
  WORKSPACE_INDEX_REQUEST,
  type DocumentSummaryParams,
  type WorkspaceIndexResult,
} from '../protocol';
import type { WorkspaceIndex } from './workspace/indexer';

export interface PanelContext {
  document(uri: string): TextDocument | undefined;
  state(document: TextDocument): { doc: ParsedDocument; findings: readonly Finding[] };
  folders(): readonly string[];
  index: WorkspaceIndex;
  progressSupported(): boolean;
}

/** The preview's and the maps' requests: a document's summary, and the workspace's index with progress. */
export function registerPanelHandlers(connection: Connection, context: PanelContext): void {
  connection.onRequest(DOCUMENT_SUMMARY_REQUEST, (params: DocumentSummaryParams): DocumentSummary | null => {
    const document = context.document(params.uri);
    if (!document) return null;
    const { doc, findings } = context.state(document);
    return summarize(doc, findings);
  });

  connection.onRequest(
    WORKSPACE_INDEX_REQUEST,
    async (_params: unknown, token: CancellationToken): Promise<WorkspaceIndexResult> => {
      const progress = context.progressSupported() ? await connection.window.createWorkDoneProgress() : null;
      progress?.begin('Indexing learning plans', 0, undefined, true);
      let lastPercent = -1;
      const isCancelled = () =>
        token.isCancellationRequested || (progress?.token.isCancellationRequested ?? false);
      try {
        return await context.index.build(context.folders(), {
          isCancelled,
          report: (done, found) => {
            const percent = Math.floor((done / Math.max(found, 1)) * 100);
            if (percent === lastPercent) return;
            lastPercent = percent;
            progress?.report(percent, `${done}/${found}`);
          },
        });
      } finally {
        progress?.done();
      }
    },
  );
}
