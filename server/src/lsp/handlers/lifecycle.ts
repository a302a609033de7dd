import {
  CodeActionKind,
  FileChangeType,
  TextDocumentSyncKind,
  type FileEvent,
  type InitializeResult,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, FIX_ALL_KIND, warmUp } from '../../service';
import { COMPLETION_TRIGGERS, SEMANTIC_TOKENS_LEGEND } from '../convert';
import type { Session } from '../session';

/** Start-up, settings and files changed outside the editor. */
export function registerLifecycleHandlers(session: Session): void {
  const { connection } = session;
  connection.onInitialize((params): InitializeResult => {
    session.initialize(params);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Learning Plans' },
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'learning-plans' },
    };
  });

  connection.onInitialized(async () => {
    // Once the client has its answer: what the first check would build on first use is built now.
    setTimeout(() => {
      try {
        warmUp();
      } catch (error) {
        session.logFailure('Preparing the vocabularies', error);
      }
    }, 0);
    await session.pullSettings().catch((error) => session.logFailure('Reading the settings', error));
    await session.scanWorkspace().catch((error) => session.logFailure('Checking the workspace', error));
  });

  connection.onDidChangeConfiguration(async () => {
    await session.pullSettings().catch((error) => session.logFailure('Reading the settings', error));
    await settingsChanged(session);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await filesChanged(session, changes).catch((error) => session.logFailure('Reading changed files', error));
  });
}

async function settingsChanged(session: Session): Promise<void> {
  await session.service.configurationChanged();
  await session.scanWorkspace();
  await session.publisher.publishAll();
}

/** A configuration file changed: everything is checked again. A document changed: it is read again. */
async function filesChanged(session: Session, changes: readonly FileEvent[]): Promise<void> {
  const isConfig = (change: FileEvent) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`);
  for (const change of changes.filter(isConfig)) {
    if (change.type === FileChangeType.Deleted)
      await session.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
  }
  if (changes.some(isConfig)) await settingsChanged(session);
  const { service, publisher } = session;
  for (const change of changes.filter((candidate) => !isConfig(candidate))) {
    if (change.type === FileChangeType.Deleted) {
      if (service.fileDeleted(change.uri)) await publisher.clear(change.uri);
    } else if (await service.fileChanged(change.uri)) {
      await publisher.publish(change.uri);
    }
  }
  publisher.crossChanged();
}
