/**
 * The web build (vscode.dev, github.dev): the language server's worker bundle, loaded in headless Chromium, answers
 * LSP messages with the same diagnostics as the Node server.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { example } from '../support/corpus';
import { ROOT } from '../support/docs';

/** What the page's script uses of the browser's Worker (the tests are type-checked without the DOM library). */
declare const Worker: new (url: string) => {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string }) => void) | null;
};

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>web worker</title></head><body></body></html>';

describe('the web build of the language server', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  before(async () => {
    const worker = readFileSync(join(ROOT, 'dist', 'web', 'server.js'));
    server = createServer((request, response) => {
      if (request.url === '/server.js')
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
      else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('publishes diagnostics for a seed document through LSP messages in a web worker', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    const seed = example('001');
    const result = await page.evaluate(
      ({ text }) =>
        new Promise<{ codes: string[]; hover: string }>((resolve, reject) => {
          const worker = new Worker('/server.js');
          const uri = 'file:///seed.txt';
          let codes: string[] = [];
          worker.onerror = (event) => reject(new Error(event.message));
          worker.onmessage = (event) => {
            const message = event.data as {
              id?: number;
              method?: string;
              params?: { uri: string; diagnostics: { code: string }[] };
              result?: unknown;
            };
            if (message.id === 1) {
              worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
              worker.postMessage({
                jsonrpc: '2.0',
                method: 'textDocument/didOpen',
                params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } },
              });
            } else if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri) {
              codes = message.params.diagnostics.map((diagnostic) => diagnostic.code);
              worker.postMessage({
                jsonrpc: '2.0',
                id: 2,
                method: 'textDocument/hover',
                params: { textDocument: { uri }, position: { line: 20, character: 10 } },
              });
            } else if (message.id === 2) {
              resolve({ codes, hover: JSON.stringify(message.result) });
            } else if (message.id !== undefined && message.method) {
              worker.postMessage({ jsonrpc: '2.0', id: message.id, result: null });
            }
          };
          worker.postMessage({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: {
              processId: null,
              rootUri: null,
              capabilities: {},
              initializationOptions: { debounce: 0 },
            },
          });
        }),
      { text: seed.text },
    );
    assert.ok(result.codes.includes('LP050'), result.codes.join(', '));
    assert.ok(result.codes.includes('LP014'), 'the near-duplicate datasources survey/surveys');
    assert.match(result.hover, /SDG 5: Gender Equality/);
  });

  it(
    "checks the workspace's closed documents with its configuration file, read through the client",
    { timeout: 60_000 },
    async () => {
      const page = await browser.newPage();
      await page.goto(origin);
      const folder = 'vscode-vfs://github/lab/plans';
      const files: Record<string, string> = {
        [`${folder}/.learningplans.yaml`]: 'rules:\n  LP050: off\n',
        [`${folder}/001.txt`]: example('001').text,
        [`${folder}/drafts/typo.md`]: example('001').text.replace('[[year:2022]]', '[[year:20222]]'),
      };
      const published = await page.evaluate(
        ({ folder, files }) =>
          new Promise<Record<string, string[]>>((resolve, reject) => {
            const worker = new Worker('/server.js');
            const codes: Record<string, string[]> = {};
            worker.onerror = (event) => reject(new Error(event.message));
            worker.onmessage = (event) => {
              const message = event.data as {
                id?: number;
                method?: string;
                params?: { uri: string; folderUri: string; diagnostics: { code: string }[] };
              };
              // Answers go out in one place: the page's code cannot hold named functions (tsx names them).
              let result: unknown = null;
              if (message.id === 1 && !message.method) {
                worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
                return;
              }
              if (message.method === 'textDocument/publishDiagnostics') {
                codes[message.params!.uri] = message.params!.diagnostics.map((diagnostic) => diagnostic.code);
                if (Object.keys(codes).length === 2) resolve(codes);
                return;
              }
              if (message.id === undefined || !message.method) return;
              if (message.method === 'learningPlans/listFiles')
                result = Object.keys(files)
                  .filter((uri) => !uri.endsWith('.yaml') && uri.startsWith(message.params!.folderUri))
                  .map((uri) => ({ uri, stamp: '1:1' }));
              else if (message.method === 'learningPlans/readFile')
                result = files[message.params!.uri] ?? null;
              worker.postMessage({ jsonrpc: '2.0', id: message.id, result });
            };
            worker.postMessage({
              jsonrpc: '2.0',
              id: 1,
              method: 'initialize',
              params: {
                processId: null,
                rootUri: folder,
                workspaceFolders: [{ uri: folder, name: 'plans' }],
                capabilities: {},
                initializationOptions: { debounce: 0 },
              },
            });
          }),
        { folder, files },
      );
      const seed = published[`${folder}/001.txt`] ?? [];
      const typo = published[`${folder}/drafts/typo.md`] ?? [];
      assert.ok(seed.includes('LP014'), seed.join(', '));
      assert.ok(!seed.includes('LP050'), 'the configuration file turns LP050 off');
      assert.ok(typo.includes('LP030'), typo.join(', '));
      assert.ok(!typo.includes('LP050'), 'the configuration applies to documents in subfolders too');
    },
  );
});
