import { TextDocuments, type Connection, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DEFAULT_DEBOUNCE_MS,
  SETTINGS_SECTION,
  type ClientSettings,
  type InitializationOptions,
} from '../protocol';
import {
  createLanguageService,
  createLocalize,
  type LanguageService,
  type LanguageServiceOptions,
  type MessageBundle,
  type ServiceHost,
} from '../service';
import { Publisher } from './publisher';

export interface ServerEnvironment {
  /** How the server reaches the workspace's files: the disk for Node, the client for the web worker. */
  files(connection: Connection): Pick<ServiceHost, 'readFile' | 'listDocuments'>;
  /** Whether configuration files are looked for no higher than the workspace's folders (virtual file systems). */
  configStopsAtFolders?: boolean;
  /** Where a rule's documentation lives, for the links in diagnostics. */
  rulesDocUrl: string;
  /** The rules to run; all of them unless a test says otherwise. */
  rules?: LanguageServiceOptions['rules'];
  /** Message bundles by locale (es, fr); English needs none. */
  bundles?: Readonly<Record<string, MessageBundle>>;
}

/** One client's session: its documents, settings and capabilities, and the language service that answers it. */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly publisher: Publisher;
  service: LanguageService;
  folders: string[] = [];
  clientSettings: ClientSettings = {};
  debounce = DEFAULT_DEBOUNCE_MS;
  pullsSettings = false;
  progressSupported = false;
  private scan: Promise<void> | undefined;
  private markReady: () => void = () => undefined;
  /** Settles once the client's settings have been read after start-up: what to check depends on them. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(
    readonly connection: Connection,
    readonly environment: ServerEnvironment,
  ) {
    this.service = this.createService('en');
    this.publisher = new Publisher(this);
  }

  initialize(params: InitializeParams): void {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    this.debounce = options.debounce ?? this.debounce;
    this.service = this.createService((options.locale ?? params.locale ?? 'en').slice(0, 2));
    this.folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (this.folders.length === 0 && params.rootUri) this.folders = [params.rootUri];
    this.pullsSettings = params.capabilities.workspace?.configuration === true;
    this.progressSupported = params.capabilities.window?.workDoneProgress === true;
  }

  /** Problems for every document of the workspace, not only the open ones. */
  get workspaceEnabled(): boolean {
    return this.clientSettings.validation?.workspace !== false && this.folders.length > 0;
  }

  /** Reads the client's settings; the first reading makes the session ready. */
  async pullSettings(): Promise<void> {
    try {
      if (!this.pullsSettings) return;
      const [section] = (await this.connection.workspace.getConfiguration([
        { section: SETTINGS_SECTION },
      ])) as (ClientSettings | null)[];
      this.clientSettings = section ?? {};
      this.debounce = this.clientSettings.validation?.debounce ?? this.debounce;
    } finally {
      this.markReady();
    }
  }

  /** Reads the workspace once (later calls wait for the same reading), then publishes what it found. */
  async scanWorkspace(): Promise<void> {
    await this.ready;
    if (!this.workspaceEnabled) return;
    this.scan ??= this.withProgress('Checking learning plans in the workspace', (progress) =>
      this.service.scanFolders(this.folders, progress),
    ).then(() => this.publisher.publishWorkspace());
    await this.scan;
  }

  /** Runs a long task with the editor's progress indicator, when it has one, cancellable from there. */
  async withProgress<R>(
    title: string,
    task: (progress: { report(done: number, found: number): void; isCancelled(): boolean }) => Promise<R>,
    isCancelled: () => boolean = () => false,
  ): Promise<R> {
    const progress = this.progressSupported ? await this.connection.window.createWorkDoneProgress() : null;
    progress?.begin(title, 0, undefined, true);
    let lastPercent = -1;
    try {
      return await task({
        isCancelled: () => isCancelled() || (progress?.token.isCancellationRequested ?? false),
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
  }

  logFailure(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`${what} failed: ${detail}`);
  }

  private createService(locale: string): LanguageService {
    const files = this.environment.files(this.connection);
    return createLanguageService(
      {
        ...files,
        settings: () => this.clientSettings,
        now: () => new Date(),
        ...(this.environment.configStopsAtFolders ? { configRoots: () => this.folders } : {}),
      },
      {
        t: createLocalize(this.environment.bundles?.[locale]),
        locale,
        ...(this.environment.rules ? { rules: this.environment.rules } : {}),
        onConfigRead: (file) => this.publisher.publishConfigFile(file),
        onRuleFailure: (_uri, rule, error) => this.logFailure(`Rule ${rule}`, error),
      },
    );
  }
}
