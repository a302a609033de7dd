/**
 * The portfolio in a real VS Code (code-server in Chromium) on a workspace of the corpus sample, driven as a Lab's
 * knowledge-management focal point would: filter by SDG 5, sort by completeness, add a method to three documents
 * through the refactor preview and undo it in one step, export the table as CSV, open a document from its row, and
 * find the portfolio, a preview and the map again after reloading the window.
 */
import assert from 'node:assert/strict';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  watch,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { createLanguageService } from '../../server/src/service';
import { CORPUS } from '../support/corpus';
import { ROOT } from '../support/docs';
import { nodeHost } from '../../server/src/hosts/nodeFiles';
import {
  packageExtension,
  quickOpen,
  runCommand,
  screenshot,
  startEditor,
  TIMEOUT,
  webviewFrame,
  type EditorSession,
} from './harness';

const IMAGES = join(ROOT, 'docs', 'images');
const METHOD = 'Portfolio Review';

/** Resolves once the file's text satisfies the condition, checked now and at each change of the file. */
function fileBecomes(path: string, condition: (text: string) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!condition(readFileSync(path, 'utf8'))) return false;
      watcher.close();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const watcher = watch(path, () => void check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${path} never ${what}`));
    }, TIMEOUT);
    check();
  });
}

/** A CSV file is whole once its last line ends. */
const csvComplete = (bytes: Buffer) => bytes.toString('utf8').endsWith('\r\n');
/** A workbook (a zip file without a comment) is whole once it ends with the zip's end record. */
const zipComplete = (bytes: Buffer) =>
  bytes.length > 22 && bytes.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));

/** Resolves once the file exists and is whole, checked now and at each change in its folder. */
function fileAppears(path: string, complete: (bytes: Buffer) => boolean = csvComplete): Promise<void> {
  const written = () => existsSync(path) && complete(readFileSync(path));
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      watcher.close();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const watcher = watch(dirname(path), () => {
      if (written()) done();
    });
    const timer = setTimeout(() => done(new Error(`${path} was never written`)), TIMEOUT);
    if (written()) done();
  });
}

describe('the portfolio in VS Code (code-server)', () => {
  let session: EditorSession;
  let page: Page;
  let frame: Frame;
  let folder: string;
  let withSdg5: number;
  let total: number;
  /** The workspace map's markers: all of them, and those of the documents that cite SDG 5, with their titles. */
  let markers: number;
  let sdg5Markers: number;
  let sdg5Titles: Set<string>;
  /** A learning plan of the sample, by its file name, for the preview. */
  let planFile: string;
  const chosen: string[] = [];

  before(async () => {
    const vsix = packageExtension();
    folder = mkdtempSync(join(tmpdir(), 'lp-e2e-portfolio-'));
    cpSync(CORPUS, folder, { recursive: true });
    mkdirSync(IMAGES, { recursive: true });
    const service = createLanguageService(nodeHost(() => undefined));
    await service.scanFolders([pathToFileURL(folder).href]);
    const { rows } = await service.portfolio();
    total = rows.length;
    const plan = rows.find((row) => row.kind === 'learningplan' && row.title.trim() !== '')!;
    planFile = decodeURIComponent(plan.uri.slice(plan.uri.lastIndexOf('/') + 1));
    withSdg5 = rows.filter((row) => row.sdgs.includes(5)).length;
    const points = await service.workspaceMap();
    markers = points.length;
    const sdg5Points = points.filter((point) => point.sdgs.includes(5));
    sdg5Markers = sdg5Points.length;
    sdg5Titles = new Set(sdg5Points.map((point) => point.title.trim()));
    session = await startEditor(vsix, folder);
    page = session.page;
  });

  after(async () => {
    await session?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function scenario(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const path = await screenshot(page, `failed-portfolio-${name}`).catch(() => 'none');
      throw new Error(`${(error as Error).message}\nScreenshot: ${path}`, { cause: error });
    }
  }

  const status = () => frame.locator('#lp-status').textContent();

  it('opens the portfolio on the corpus sample, filters by SDG 5 and sorts by completeness', () =>
    scenario('filter', async () => {
      await runListedCommand(page, 'Learning Plans: Show Portfolio');
      frame = await webviewFrame(page, '#lp-table tr.lp-row');
      await frame.locator(`#lp-root[data-rows="${total}"]`).waitFor({ timeout: TIMEOUT });
      assert.equal(await status(), `${total} of ${total} shown`);
      await frame.locator('#lp-filter-sdg').selectOption('5');
      assert.equal(await status(), `${withSdg5} of ${total} shown`);
      await frame.getByRole('button', { name: 'Completeness' }).click();
      assert.equal(await frame.locator('thead th[aria-sort]').getAttribute('aria-sort'), 'ascending');
      for (const cell of await frame.locator('tr.lp-row td:nth-child(6)').allTextContents())
        assert.match(cell, /Gender Equality/);
      await screenshot(page, 'portfolio');
      copyFileSync(join(ROOT, 'test-results', 'e2e', 'portfolio.png'), join(IMAGES, 'portfolio.png'));
      await frame.locator('#lp-toggle-charts').click();
      await frame.locator('#lp-charts svg[role="img"]').first().waitFor({ timeout: TIMEOUT });
      await screenshot(page, 'portfolio-charts');
      copyFileSync(
        join(ROOT, 'test-results', 'e2e', 'portfolio-charts.png'),
        join(IMAGES, 'portfolio-charts.png'),
      );
      await frame.locator('#lp-toggle-charts').click();
    }));

  it('adds a method to three documents through the refactor preview, and undoes it in one step', () =>
    scenario('bulk-edit', async () => {
      const lines = frame.locator('tr.lp-row');
      for (let index = 0; index < 3; index++) {
        await lines.nth(index).locator('td.lp-select input').click();
        chosen.push(fileURLToPath((await lines.nth(index).getAttribute('data-uri'))!));
      }
      assert.match((await status()) ?? '', /3 selected/);
      const before = chosen.map((path) => readFileSync(path, 'utf8'));
      await frame.locator('#lp-edit-tags').click();
      await quickInput(page, 'Edit tags of 3 documents: what to do', 'Add a value');
      await quickInput(page, 'Edit tags of 3 documents: tag key', 'methods');
      await quickInput(page, 'Edit tags of 3 documents: value to add', METHOD);
      const apply = page.getByRole('button', { name: 'Apply', exact: true });
      await apply.waitFor({ timeout: TIMEOUT });
      // Each change needs confirmation: the preview lists them unticked; the reader ticks each document's.
      const files = page.locator('.bulk-edit-panel .monaco-list-row[aria-level="1"]');
      await files.nth(2).waitFor({ timeout: TIMEOUT });
      assert.equal(await files.count(), 3);
      for (let index = 0; index < 3; index++) await files.nth(index).locator('.edit-checkbox').click();
      await screenshot(page, 'portfolio-bulk-edit');
      copyFileSync(
        join(ROOT, 'test-results', 'e2e', 'portfolio-bulk-edit.png'),
        join(IMAGES, 'portfolio-bulk-edit.png'),
      );
      await apply.click();
      for (const path of chosen)
        await fileBecomes(
          path,
          (text) => text.includes(`[[methods:${METHOD}]]`),
          `gained [[methods:${METHOD}]]`,
        );
      // The table follows: the three rows now list the method.
      await frame.locator('tr.lp-row', { hasText: METHOD }).nth(2).waitFor({ timeout: TIMEOUT });
      // Undone from one of the documents: the whole edit goes back, in the three files (left unsaved: the Explorer
      // counts three).
      await openAndFocus(page, chosen[0]!.slice(chosen[0]!.lastIndexOf('/') + 1));
      await page.keyboard.press('Control+Z');
      await page
        .locator('.activitybar .action-item', { has: page.locator('.codicon-explorer-view-icon') })
        .locator('.badge-content', { hasText: /^3$/ })
        .waitFor({ timeout: TIMEOUT });
      // Each saved from its own editor (Save All left some unsaved on a busy workbench).
      for (const [index, path] of chosen.entries()) {
        await openAndFocus(page, path.slice(path.lastIndexOf('/') + 1));
        await page.keyboard.press('Control+S');
        await fileBecomes(path, (text) => text === before[index], 'came back as it was');
      }
    }));

  it('exports the table, as filtered, to CSV and to an Excel workbook', () =>
    scenario('export', async () => {
      // Back to the portfolio's tab: the page was put away while hidden and comes back as it was left.
      await page.locator('.tab', { hasText: 'Learning Plans Portfolio' }).click();
      frame = await webviewFrame(page, '#lp-table tr.lp-row');
      await frame.locator(`#lp-root[data-rows="${total}"]`).waitFor({ timeout: TIMEOUT });
      assert.equal(await frame.locator('#lp-filter-sdg').inputValue(), '5');
      assert.match((await status()) ?? '', new RegExp(`^${withSdg5} of ${total} shown`));
      await frame.locator('#lp-export-csv').click();
      const csv = join(folder, 'sdg5.csv');
      await saveAs(page, 'portfolio.csv', csv);
      await fileAppears(csv);
      const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
      assert.equal(lines.length - 1, withSdg5);
      assert.ok(lines.slice(1).every((line) => line.includes('5. Gender Equality')));
      // The same table as a workbook: a zip whose parts (named in clear) include the sheet.
      await frame.locator('#lp-export-xlsx').click();
      const xlsx = join(folder, 'sdg5.xlsx');
      await saveAs(page, 'portfolio.xlsx', xlsx);
      await fileAppears(xlsx, zipComplete);
      const workbook = readFileSync(xlsx);
      assert.ok(workbook.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'a zip file');
      assert.ok(workbook.includes('xl/worksheets/sheet1.xml'), 'with a worksheet');
    }));

  it("shows on the map only the filter's documents, and opens the portfolio back with the map's filter", () =>
    scenario('map', async () => {
      assert.ok(sdg5Markers > 0 && sdg5Markers < markers, `${sdg5Markers} of ${markers} markers`);
      await frame.getByRole('button', { name: 'Show on map' }).click();
      const drawn = '#lp-root[data-mode="workspace"][data-complete="true"][data-drawn="true"]';
      const map = await webviewFrame(page, `${drawn} .lp-marker`);
      await map.locator(`${drawn}[data-markers="${sdg5Markers}"]`).waitFor({ timeout: TIMEOUT });
      assert.equal(await map.locator('#lp-scope-text').textContent(), 'Filtered: SDG 5');
      // The list beside the map names each marker's document: every one cites SDG 5.
      await map.locator('#lp-list summary').click();
      const listed = await map.locator('#lp-list li a').allTextContents();
      assert.equal(listed.length, sdg5Markers);
      for (const title of listed) assert.ok(sdg5Titles.has(title), `${title} cites SDG 5`);
      await screenshot(page, 'portfolio-map');
      // The portfolio's filter is cleared; the map's button brings it back.
      await frame.getByRole('button', { name: 'Clear filters' }).click();
      assert.match((await status()) ?? '', new RegExp(`^${total} of ${total} shown`));
      await map.getByRole('button', { name: 'Open as portfolio' }).click();
      await frame
        .locator('#lp-filter-sdg option[value="5"]:checked')
        .waitFor({ state: 'attached', timeout: TIMEOUT });
      assert.match((await status()) ?? '', new RegExp(`^${withSdg5} of ${total} shown`));
      // Cleared on the map, the filter lets every document's markers back.
      await map.getByRole('button', { name: 'Clear filter', exact: true }).click();
      await map.locator(`${drawn}[data-markers="${markers}"]`).waitFor({ timeout: TIMEOUT });
      assert.equal(await map.locator('#lp-scope-text').isVisible(), false);
    }));

  it('opens a document from its row, at its first problem', () =>
    scenario('open', async () => {
      const line = frame.locator('tr.lp-row').nth(1);
      const uri = (await line.getAttribute('data-uri'))!;
      const at = Number(await line.getAttribute('data-line'));
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      await line.locator('th').click();
      await page
        .locator('.editor-group-container.active .tab.active', { hasText: name })
        .waitFor({ timeout: TIMEOUT });
      await page
        .locator('.statusbar-item', { hasText: new RegExp(`Ln ${at + 1}, Col 1`) })
        .first()
        .waitFor({ timeout: TIMEOUT });
    }));

  it('comes back when the window is reloaded, with its filter, and so do a preview and the map', () =>
    scenario('reload', async () => {
      await quickOpen(page, planFile);
      await runListedCommand(page, 'Learning Plans: Open Preview to the Side');
      const previewTitle = async () =>
        (await (await webviewFrame(page, '#lp-completeness')).locator('h1').textContent())?.trim();
      const title = await previewTitle();
      assert.ok(title, 'the preview shows the plan');
      // Shown again, the portfolio's page is a new one, which restores its own filter.
      await runListedCommand(page, 'Learning Plans: Show Portfolio');
      frame = await webviewFrame(page, `#lp-root[data-rows="${total}"] tr.lp-row`);
      await frame
        .locator('#lp-filter-sdg option[value="5"]:checked')
        .waitFor({ state: 'attached', timeout: TIMEOUT });
      const reloaded = page.waitForEvent('load', { timeout: TIMEOUT });
      await runCommand(page, 'Developer: Reload Window');
      await reloaded;
      frame = await webviewFrame(page, `#lp-root[data-rows="${total}"] tr.lp-row`);
      await frame
        .locator('#lp-filter-sdg option[value="5"]:checked')
        .waitFor({ state: 'attached', timeout: TIMEOUT });
      assert.match((await status()) ?? '', new RegExp(`^${withSdg5} of ${total} shown`));
      assert.equal(await previewTitle(), title);
      // The workspace map, in a tab behind the preview, comes back when its tab is chosen, its filter cleared.
      await page.locator('.tab', { hasText: 'Map of the workspace' }).click();
      const drawn = '#lp-root[data-mode="workspace"][data-complete="true"][data-drawn="true"]';
      await webviewFrame(page, `${drawn}[data-markers="${markers}"] .lp-marker`);
    }));
});

/**
 * Runs a command from the palette once the palette lists it: a freshly installed extension's commands join the
 * palette a moment after the workbench starts, and a palette opened before then does not list them; it is asked
 * again, as the quick-fix helper does.
 */
async function runListedCommand(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    if (
      await row.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`The palette never listed ${title}`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * Answers VS Code's save dialog (a quick input in code-server) with a path. The dialog fills in its proposed name
 * once it has read the folder, replacing whatever was typed before: the path is typed after that, and Enter pressed
 * again while the dialog, still busy, lets it pass.
 */
async function saveAs(page: Page, proposed: string, path: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.waitForFunction(
    `document.querySelector('.quick-input-widget input')?.value.endsWith(${JSON.stringify(proposed)})`,
    null,
    { timeout: TIMEOUT },
  );
  await input.fill(path);
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.keyboard.press('Enter');
    if (
      await widget.waitFor({ state: 'hidden', timeout: 5000 }).then(
        () => true,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`The save dialog never took ${path}`);
    if ((await input.inputValue()) !== path) await input.fill(path);
  }
}

/** Opens a file of the workspace by its name with Quick Open, and puts the focus in its editor. */
async function openAndFocus(page: Page, name: string): Promise<void> {
  await quickOpen(page, name);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
}

/** Answers one step of a quick input: waits for its title, types, and takes the first item. */
async function quickInput(page: Page, title: string, answer: string): Promise<void> {
  await page
    .locator('.quick-input-widget .quick-input-title', { hasText: title })
    .waitFor({ timeout: TIMEOUT });
  const input = page.locator('.quick-input-widget input');
  await input.fill(answer);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: answer })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}
