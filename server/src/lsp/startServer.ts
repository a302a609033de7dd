import {
  CodeActionKind,
  FileChangeType,
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLocalize,
  mergeSettings,
  resolveSettings,
  type Localize,
  type MessageBundle,
  type Rule,
  type ResolvedSettings,
  type Settings,
} from '../service';
import {
  DEFAULT_DEBOUNCE_MS,
  SETTINGS_SECTION,
  type ClientSettings,
  type InitializationOptions,
} from '../protocol';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { loadConfig, type ConfigSource, type LoadedConfig } from './configFiles';
import { toDiagnostic, DIAGNOSTIC_SOURCE } from './diagnostics';
import { DocumentStates } from './documentState';
import { Debouncer } from './debouncer';
import { COMPLETION_TRIGGERS, registerLanguageFeatures, SEMANTIC_TOKENS_LEGEND } from './languageFeatures';
import { registerNewDocumentHandlers } from './newDocumentHandlers';
import { registerPanelHandlers } from './panelHandlers';
import type { WorkspaceFileSystem } from './workspace/fileSystem';
import { WorkspaceIndex } from './workspace/indexer';
import { WorkspaceDiagnostics } from './workspace/workspaceDiagnostics';

export interface ServerEnvironment {
  configSource: (roots: () => readonly string[]) => ConfigSource;
  fileSystem: WorkspaceFileSystem;
  /** Where a rule's documentation lives, for the links in diagnostics. */
  rulesDocUrl: string;
  /** The rules to run; all of them unless a test says otherwise. */
  rules?: readonly Rule[];
  /** Message bundles by locale (es, fr); English needs none. */
  bundles?: Readonly<Record<string, MessageBundle>>;
}

/** Wires a connection to the language service. Handlers stay thin: they find the document and delegate. */
export function startServer(connection: Connection, environment: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const states = new DocumentStates(environment.rules);
  const configs = new Map<string, LoadedConfig | null>();
  let roots: string[] = [];
  let clientSettings: ClientSettings = {};
  let pullsSettings = false;
  let debounce = DEFAULT_DEBOUNCE_MS;
  let t: Localize = createLocalize();
  let locale = 'en';
  const configSource = environment.configSource(() => roots);
  const debouncer = new Debouncer();
  const workspaceIndex = new WorkspaceIndex(
    environment.fileSystem,
    (uri) => documents.get(uri)?.getText(),
    (uri, doc) => workspaceDiagnostics.onRead(uri, doc),
  );
  let progressSupported = false;
  /** The configuration of the first workspace folder, for documents that are not open. */
  const ROOT_CONFIG = 'workspace-root';

  const settingsFor = (uri: string): ResolvedSettings => {
    const file = (configs.get(uri) ?? configs.get(ROOT_CONFIG))?.settings;
    // Editions of the forms come from the configuration file only, where they are validated line by line.
    const { rules, vocabulary } = clientSettings;
    const layered: Settings = mergeSettings(file, { rules, vocabulary });
    return resolveSettings(layered, { t, locale });
  };

  const logFailure = (rule: string, error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`Rule ${rule} failed: ${detail}`);
  };

  const validate = async (document: TextDocument) => {
    if (!configs.has(document.uri)) await refreshConfig(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    const state = states.get(current, settingsFor(current.uri), logFailure);
    const diagnostics = state.result.findings.map((finding) =>
      toDiagnostic(finding, environment.rulesDocUrl),
    );
    await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  };

  const refreshConfig = async (uri: string) => {
    const loaded = await loadConfig(configSource, uri, t).catch(() => null);
    configs.set(uri, loaded);
    if (loaded) publishConfigProblems(loaded);
  };

  const publishConfigProblems = (loaded: LoadedConfig) => {
    void connection.sendDiagnostics({
      uri: loaded.uri,
      diagnostics: loaded.problems.map((problem) => ({
        range: problem.range,
        message: problem.message,
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'LP901',
      })),
    });
  };

  const schedule = (document: TextDocument) => {
    debouncer.run(document.uri, debounce, () =>
      validate(document).catch((error) => logFailure('validation', error)),
    );
  };

  const revalidateAll = () => {
    states.invalidate();
    for (const document of documents.all()) schedule(document);
  };

  const pullSettings = async () => {
    if (!pullsSettings) return;
    const [section] = (await connection.workspace.getConfiguration([
      { section: SETTINGS_SECTION },
    ])) as (ClientSettings | null)[];
    clientSettings = section ?? {};
    debounce = clientSettings.validation?.debounce ?? debounce;
  };

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    debounce = options.debounce ?? debounce;
    locale = (options.locale ?? params.locale ?? 'en').slice(0, 2);
    t = createLocalize(environment.bundles?.[locale]);
    roots = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri];
    pullsSettings = params.capabilities.workspace?.configuration === true;
    progressSupported = params.capabilities.window?.workDoneProgress === true;
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

  const workspaceDiagnostics: WorkspaceDiagnostics = new WorkspaceDiagnostics({
    connection,
    index: () => workspaceIndex,
    folders: () => roots,
    isOpen: (uri) => documents.get(uri) !== undefined,
    settingsFor,
    toDiagnostic: (finding) => toDiagnostic(finding, environment.rulesDocUrl),
    revalidate: (uri) => {
      const document = documents.get(uri);
      if (document) schedule(document);
    },
    progressSupported: () => progressSupported,
    logFailure,
  });

  const scanWorkspace = async () => {
    workspaceDiagnostics.enabled = clientSettings.validation?.workspace !== false;
    const root = roots[0];
    if (root && !configs.has(ROOT_CONFIG)) {
      const loaded = await loadConfig(
        configSource,
        `${root.replace(/\/$/, '')}/.learningplans-root`,
        t,
      ).catch(() => null);
      configs.set(ROOT_CONFIG, loaded);
    }
    await workspaceDiagnostics.scan();
  };

  connection.onInitialized(async () => {
    await pullSettings().catch((error) => logFailure('settings', error));
    revalidateAll();
    await scanWorkspace().catch((error) => logFailure('workspace', error));
  });

  connection.onDidChangeConfiguration(async () => {
    await pullSettings().catch((error) => logFailure('settings', error));
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    if (changes.some((change) => change.uri.endsWith('.learningplans.yaml'))) {
      configs.clear();
      revalidateAll();
    }
    for (const change of changes) {
      await workspaceDiagnostics
        .fileChanged(change.uri, change.type === FileChangeType.Deleted)
        .catch((error) => logFailure('workspace', error));
    }
  });

  documents.onDidOpen(({ document }) => schedule(document));
  documents.onDidChangeContent(({ document }) => {
    schedule(document);
    void workspaceDiagnostics.documentChanged(document.uri).catch((error) => logFailure('workspace', error));
  });
  documents.onDidClose(async ({ document }) => {
    debouncer.cancel(document.uri);
    states.delete(document.uri);
    configs.delete(document.uri);
    const fromDisk = await workspaceDiagnostics.documentClosed(document.uri).catch(() => false);
    if (!fromDisk) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = states.get(document, settingsFor(document.uri), logFailure);
    return codeActions(
      document.uri,
      state.result.findings,
      params.range,
      params.context.only,
      environment.rulesDocUrl,
      t,
    );
  });

  registerLanguageFeatures(connection, {
    document: (uri) => documents.get(uri),
    parsed: (document) => states.get(document, settingsFor(document.uri), logFailure).doc,
    t: () => t,
    currentYear: () => new Date().getFullYear(),
    locale: () => locale,
  });

  registerNewDocumentHandlers(connection, () => new Date().getFullYear());
  registerPanelHandlers(connection, {
    document: (uri) => documents.get(uri),
    state: (document) => {
      const state = states.get(document, settingsFor(document.uri), logFailure);
      return { doc: state.doc, findings: state.result.findings };
    },
    folders: () => roots,
    index: workspaceIndex,
    progressSupported: () => progressSupported,
  });

  documents.listen(connection);
  connection.listen();
}
