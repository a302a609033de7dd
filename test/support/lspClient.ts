import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import { ROOT } from './docs';

export interface ServerOptions {
  initializationOptions?: unknown;
  /** Settings answered to the server's workspace/configuration requests. */
  settings?: unknown;
  workspaceFolders?: { uri: string; name: string }[];
  /** Declare window.workDoneProgress, so that the server reports progress. */
  progress?: boolean;
  /** Node arguments that start another server than dist/server.js (a test server). */
  serverArgs?: string[];
}

type Waiter = {
  uri: string;
  predicate: (diagnostics: Diagnostic[]) => boolean;
  resolve: (d: Diagnostic[]) => void;
};

/** A real LSP client speaking JSON-RPC over stdio to the built server, dist/server.js. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  /** Messages the server logged (window/logMessage), as an output channel shows them. */
  readonly log: { type: number; message: string }[] = [];
  /** Every $/progress notification received, in order. */
  readonly progress: {
    token: string | number;
    value: { kind: string; percentage?: number; message?: string };
  }[] = [];
  private readonly progressListeners = new Set<() => void>();
  private readonly publishListeners = new Set<() => void>();
  private readonly waiters = new Set<Waiter>();
  private readonly versions = new Map<string, number>();

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      for (const listener of [...this.publishListeners]) listener();
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.delete(waiter);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.log.push(params);
    });
    this.connection.onNotification('$/progress', (params: LspClient['progress'][number]) => {
      this.progress.push(params);
      for (const listener of [...this.progressListeners]) listener();
    });
    this.connection.listen();
  }

  /** Resolves once a progress notification satisfies the predicate. */
  nextProgress(
    predicate: (entry: LspClient['progress'][number]) => boolean,
  ): Promise<LspClient['progress'][number]> {
    const found = this.progress.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = () => {
        const match = this.progress.find(predicate);
        if (!match) return;
        this.progressListeners.delete(listener);
        resolve(match);
      };
      this.progressListeners.add(listener);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(
    options: ServerOptions = {},
  ): Promise<{ client: LspClient; initialize: InitializeResult }> {
    const args = options.serverArgs ?? [...SERVER_NODE_FLAGS, join(ROOT, 'dist', 'server.js'), '--stdio'];
    const child = spawn(process.execPath, args, { stdio: 'pipe', cwd: ROOT });
    const client = new LspClient(child);
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => options.settings ?? null),
    );
    const initialize = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: {
        workspace: { configuration: options.settings !== undefined },
        window: { workDoneProgress: options.progress === true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: options.initializationOptions ?? { debounce: 0 },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, initialize };
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /** Resolves with the first diagnostics published for the URI that satisfy the predicate (already published ones included). */
  diagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const current = this.latest.get(uri);
    if (current && predicate(current.diagnostics)) return Promise.resolve(current.diagnostics);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { uri, predicate, resolve: (d) => (clearTimeout(timer), resolve(d)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri)?.diagnostics)}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /**
   * Resolves once the published diagnostics satisfy a condition on all of them, checked now and after every
   * publication; rejects after the timeout with what the condition says is still wrong.
   */
  until(check: () => string | null, timeoutMs = 20_000): Promise<void> {
    if (check() === null) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = () => {
        if (check() !== null) return;
        this.publishListeners.delete(listener);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.publishListeners.delete(listener);
        reject(new Error(`Still not as expected after ${timeoutMs} ms: ${check()}`));
      }, timeoutMs);
      this.publishListeners.add(listener);
    });
  }

  /** Waits for the next publication for the URI at or after a document version. */
  diagnosticsForVersion(uri: string, version: number): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const params = this.latest.get(uri);
        return params !== undefined && (params.version ?? 0) >= version;
      };
      if (check()) return resolve(this.latest.get(uri)?.diagnostics ?? []);
      const waiter: Waiter = {
        uri,
        predicate: () => check(),
        resolve: (d) => (clearTimeout(timer), resolve(d)),
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No diagnostics for ${uri} version ${version}`));
      }, 10_000);
      this.waiters.add(waiter);
    });
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.child.kill(), 5000);
      this.child.once('exit', () => (clearTimeout(timer), resolve()));
    });
    this.connection.dispose();
  }
}

/** Writes raw bytes to the server's input, as a broken client might. */
export function writeRaw(client: LspClient, bytes: string): void {
  (client as unknown as { child: ChildProcessWithoutNullStreams }).child.stdin.write(bytes);
}
