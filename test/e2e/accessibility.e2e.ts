/**
 * The webviews with the keyboard alone and under axe-core, in a real VS Code (code-server in Chromium): the preview,
 * a document's map, the workspace map and the portfolio, in dark, light and high-contrast themes.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { corpusFolder, example } from '../support/corpus';
import { ROOT } from '../support/docs';
import {
  packageExtension,
  quickOpen,
  screenshot,
  settle,
  startEditor,
  TIMEOUT,
  waitForEditorLine,
  webviewFrame,
  type EditorSession,
} from './harness';

/** What the page functions below read of a webview's document (the tests are type-checked without the DOM library). */
declare const document: {
  activeElement: { matches(selector: string): boolean } | null;
  querySelector(selector: string): { clientWidth: number } | null;
  querySelectorAll(selector: string): { length: number };
  hasFocus(): boolean;
  body: { classList: { contains(name: string): boolean } };
};
declare function getComputedStyle(element: object): { opacity: string };

const IMAGES = join(ROOT, 'docs', 'images');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SEED = '001_eb28752f7019a392.txt';
/** Two plans of Togo: the archive puts both on the country's centroid, one point on the map. */
const TOGO = [
  '__though_science_is_viewed_as_important_course_at_secondary_school__little__.md',
  'improving_fruits_and_vegetables_preservation.md',
];
/** A few more documents of other countries, so that the workspace map has clusters, types and a legend to show. */
const OTHERS =
  /\[\[country:(Peru|Bolivia|Colombia|Kenya|Malawi|Bhutan|Turkey|North Macedonia|Guatemala|Viet Nam|India)\]\]/;

/** Runs axe-core inside a webview's frame (injected by the test, bundled nowhere) and lists its violations. */
async function axeViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate('typeof window.axe !== "undefined"'))) await frame.evaluate(AXE_SOURCE);
  const result = (await frame.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })`,
  )) as {
    violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
  };
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary}`,
    ),
  );
}

/** The focused element of a frame, described by its classes and text. */
function focused(frame: Frame): Promise<{ className: string; text: string; line: number | null }> {
  return frame.evaluate(`(() => {
    const active = document.activeElement;
    const holder = active && active.closest('[data-source-line]');
    return {
      className: active ? String(active.className) : '',
      text: active ? active.textContent.trim() : '',
      line: holder ? Number(holder.dataset.sourceLine) : null,
    };
  })()`);
}

/** Presses Tab until the frame's focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, frame: Frame, selector: string, limit = 80, text?: string): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    const matches = await frame.evaluate(
      `(() => { const a = document.activeElement; return !!a && a.matches(${JSON.stringify(selector)}) && a.textContent.includes(${JSON.stringify(text ?? '')}); })()`,
    );
    if (matches) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `Tab never reached ${selector} ${text ?? ''}; the focus is on ${JSON.stringify(await focused(frame))}`,
  );
}

/** Waits until the frame's focused element matches the selector. */
async function waitForFocus(frame: Frame, selector: string): Promise<void> {
  // A function, not a string: the webviews' Content-Security-Policy forbids evaluating strings.
  await frame.waitForFunction((wanted) => document.activeElement?.matches(wanted) === true, selector, {
    timeout: TIMEOUT,
  });
}

async function statusLine(page: Page, line: number): Promise<void> {
  await page
    .locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col \\d+`) })
    .first()
    .waitFor({ timeout: TIMEOUT });
}

/**
 * Runs a command by its exact title: the palette also lists commands whose titles begin with it ("Close All
 * Editors in Group"), and the one it puts first may be one of those.
 */
async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${title}`);
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escaped}$`) }) })
    .first()
    .click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * Moves the focus into a webview by keyboard, wherever its editor group is: Quick Open's list of open editors
 * (`edt `), its title, Enter.
 */
async function focusEditor(page: Page, frame: Frame, title: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`edt ${title}`);
  // Enter takes the highlighted row: wait until the filtered list highlights the one wanted.
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  await frame.waitForFunction(() => document.hasFocus(), null, { timeout: TIMEOUT });
}

/** Chooses a colour theme from the picker and waits until the workbench wears it. */
async function useTheme(page: Page, name: string, workbenchClass: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill('>Preferences: Color Theme');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: /^Preferences: Color Theme$/ }) })
    .first()
    .click();
  // The theme picker lists the themes by name: the row whose name is exactly the theme's.
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name}$`) }) })
    .first();
  await page
    .locator('.quick-input-list .monaco-list-row .label-name', { hasText: /^Light Modern$/ })
    .waitFor({ timeout: TIMEOUT });
  await input.fill(name);
  await row.click();
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: TIMEOUT });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Unfolds a `<details>` of a webview, for axe to see what it holds. */
async function unfold(frame: Frame, selector: string): Promise<void> {
  await frame
    .locator(selector)
    .evaluate((element) => ((element as unknown as { open: boolean }).open = true));
}

/** Waits until a webview wears the theme (VS Code marks its body with the theme's kind). */
async function wearsTheme(frame: Frame, kind: string): Promise<void> {
  await frame.waitForFunction((name) => document.body.classList.contains(name), kind, { timeout: TIMEOUT });
}

describe('the webviews by keyboard and under axe-core (code-server)', () => {
  let session: EditorSession;
  let page: Page;
  let folder: string;

  before(async () => {
    const vsix = packageExtension();
    folder = mkdtempSync(join(tmpdir(), 'lp-e2e-a11y-'));
    copyFileSync(example('001').path, join(folder, SEED));
    for (const file of [
      ...corpusFolder('learningplan'),
      ...corpusFolder('experiment'),
      ...corpusFolder('solution'),
    ]) {
      if (TOGO.includes(file.name) || (OTHERS.test(file.text) && !file.text.includes('[[country:Togo]]')))
        copyFileSync(file.path, join(folder, file.name));
    }
    mkdirSync(IMAGES, { recursive: true });
    session = await startEditor(vsix, folder);
    page = session.page;
    // The extension's commands are listed once it is loaded: its readiness item in the status bar says when.
    await quickOpen(page, SEED);
    await page
      .locator('.statusbar-item', { hasText: /Ready|blocks? submission/ })
      .first()
      .waitFor({ timeout: TIMEOUT });
  });

  after(async () => {
    await session?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Runs a scenario; on failure keeps a screenshot next to the test output. */
  async function scenario(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await settle(page);
      // Each scenario starts from one empty editor group, wherever the last one left its panels.
      await command(page, 'View: Close All Editors');
      await body();
    } catch (error) {
      const path = await screenshot(page, `failed-${name}`).catch(() => 'none');
      throw new Error(`${(error as Error).message}\nScreenshot: ${path}`, { cause: error });
    }
  }

  /** Opens the workspace map beside an editor, where the documents it opens go, and waits for its markers. */
  async function workspaceMap(): Promise<Frame> {
    await quickOpen(page, SEED);
    await command(page, 'Learning Plans: Show Workspace Map');
    return webviewFrame(
      page,
      '#lp-root[data-mode="workspace"][data-complete="true"][data-drawn="true"] .lp-marker',
    );
  }

  it("walks a plan's preview with the keyboard: Tab reaches a question, which keeps the focus through a redraw, and Enter shows its line in the editor", () =>
    scenario('preview-keyboard', async () => {
      await quickOpen(page, SEED);
      await command(page, 'Learning Plans: Open Preview to the Side');
      const frame = await webviewFrame(page, '#lp-completeness');
      await focusEditor(page, frame, `Preview ${SEED}`);
      await tabTo(page, frame, '.lp-prompt button');
      const question = await focused(frame);
      assert.match(question.text, /Please provide a name for your action learning plan/);
      assert.ok(question.line !== null);
      // The document changes on disk while the preview has the focus: the redrawn preview gives the focus back.
      await frame.evaluate(`document.activeElement.dataset.before = 'drawn before'`);
      const original = readFileSync(join(folder, SEED), 'utf8');
      writeFileSync(join(folder, SEED), `${original}\n`);
      await waitForFocus(frame, '.lp-prompt button:not([data-before])');
      assert.equal((await focused(frame)).text, question.text);
      await page.keyboard.press('Enter');
      await statusLine(page, question.line + 1);
      writeFileSync(join(folder, SEED), original);
    }));

  it("moves a document's marker with the keyboard, as one edit that one undo takes back", () =>
    scenario('map-keyboard', async () => {
      await quickOpen(page, SEED);
      const original = '[[latlng:-16.7068768105592,-64.68475372880839]]';
      await command(page, 'Learning Plans: Show Map');
      const frame = await webviewFrame(page, '#lp-root[data-mode="document"] .lp-marker');
      await focusEditor(page, frame, `Map of ${SEED}`);
      await tabTo(page, frame, '.lp-marker');
      const marker = await focused(frame);
      assert.match(marker.text, /^Bolivia, at -16\.7069, -64\.6848$/);
      await page.keyboard.press('Shift+ArrowRight');
      // The marker keeps the focus, and the edited document comes back to the map: the marker's name gives its new place, east of the old one.
      await frame
        .locator('.lp-marker', { hasText: /^Bolivia, at -16\.7069, -64\.(?!6848)\d{4}$/ })
        .waitFor({ timeout: TIMEOUT });
      await waitForFocus(frame, '.lp-marker');
      const moved = (await focused(frame)).text;
      assert.ok(Number(/, (-[\d.]+)$/.exec(moved)![1]) > -64.6848, `moved east: ${moved}`);
      await page.keyboard.press('Enter');
      await statusLine(page, 28);
      await waitForEditorLine(page, '[[latlng:-16.706877,-64.');
      await page.keyboard.press('Control+Z');
      await waitForEditorLine(page, original);
      await frame
        .locator('.lp-marker', { hasText: /^Bolivia, at -16\.7069, -64\.6848$/ })
        .waitFor({ timeout: TIMEOUT });
    }));

  it('opens a document from the workspace map with the keyboard: a cluster spreads, Enter opens a popup, its link the document, Escape closes it', () =>
    scenario('workspace-keyboard', async () => {
      const frame = await workspaceMap();
      await focusEditor(page, frame, 'Map of the workspace');
      await tabTo(page, frame, '.lp-cluster', 120, 'in Togo — show each');
      await page.keyboard.press('Enter');
      await waitForFocus(frame, '.leaflet-marker-icon[class*="lp-type-"]');
      const first = await focused(frame);
      assert.match(first.text, /Togo/);
      await page.keyboard.press('Enter');
      await waitForFocus(frame, '.lp-popup-title');
      const title = (await focused(frame)).text;
      assert.ok(first.text.startsWith(title), `${first.text} names ${title}`);
      await page.keyboard.press('Enter');
      await page
        .locator('.editor-group-container .tab.active', { hasText: /\.md$/ })
        .first()
        .waitFor({ timeout: TIMEOUT });
      const opened = await page.locator('.editor-group-container.active .tab.active').first().textContent();
      assert.ok(opened && TOGO.some((name) => opened.includes(name)), `opened ${opened}`);
      await focusEditor(page, frame, 'Map of the workspace');
      await page.keyboard.press('Escape');
      await frame.locator('.leaflet-popup').waitFor({ state: 'detached', timeout: TIMEOUT });
      await waitForFocus(frame, '.leaflet-marker-icon[class*="lp-type-"]');
      assert.equal((await focused(frame)).text, first.text, 'the focus is back on the marker');
    }));

  it('opens both of two documents that share one point from the workspace map', () =>
    scenario('workspace-shared-point', async () => {
      const frame = await workspaceMap();
      const markers = frame.locator('.leaflet-marker-icon[class*="lp-type-"]', { hasText: 'Togo' });
      const popup = async () => {
        // The popup of the marker before fades out as this one opens: wait until this one is the only one.
        await frame.waitForFunction(() => document.querySelectorAll('.leaflet-popup').length === 1, null, {
          timeout: TIMEOUT,
        });
        return frame.locator('.leaflet-popup .lp-popup-title');
      };
      await picture(frame, markers);
      const opened: string[] = [];
      for (const index of [0, 1]) {
        await markers.nth(index).click();
        const link = await popup();
        const title = ((await link.textContent()) ?? '').replace(/…$/, '').slice(0, 30);
        await link.click();
        // The document opens in the editor: its first line is its title.
        await page
          .locator('.editor-group-container.active .view-line', { hasText: title })
          .first()
          .waitFor({ timeout: TIMEOUT });
        opened.push(
          (await page.locator('.editor-group-container.active .tab.active').first().textContent()) ?? '',
        );
      }
      assert.deepEqual(
        TOGO.filter((name) => opened.some((text) => text.includes(name))).sort(),
        [...TOGO].sort(),
        `opened ${opened.join(', ')}`,
      );
    }));

  /** Opens the portfolio and waits until its table shows every document of the workspace. */
  async function portfolio(): Promise<Frame> {
    await command(page, 'Learning Plans: Show Portfolio');
    const frame = await webviewFrame(page, '#lp-table tr.lp-row');
    await frame.locator('#lp-root[data-rows]').waitFor({ timeout: TIMEOUT });
    return frame;
  }

  it('walks the portfolio with the keyboard: Tab to the search, a column sorted with Enter and Space, the arrows through the rows, Enter opens a document', () =>
    scenario('portfolio-keyboard', async () => {
      const frame = await portfolio();
      await focusEditor(page, frame, 'Learning Plans Portfolio');
      await tabTo(page, frame, '#lp-search');
      await page.keyboard.type('Togo');
      await frame
        .locator('#lp-status', { hasText: new RegExp(`^${TOGO.length} of \\d+ shown`) })
        .waitFor({ timeout: TIMEOUT });
      await tabTo(page, frame, 'thead button', 80, 'Completeness');
      await page.keyboard.press('Enter');
      const sorted = frame.locator('thead th[aria-sort]');
      await frame.locator('thead th[aria-sort="ascending"]', { hasText: 'Completeness' }).waitFor();
      await waitForFocus(frame, 'thead button');
      await page.keyboard.press('Space');
      await frame.locator('thead th[aria-sort="descending"]', { hasText: 'Completeness' }).waitFor();
      assert.equal(await sorted.count(), 1);
      assert.match(
        (await frame.locator('#lp-status').textContent()) ?? '',
        /Sorted by Completeness, descending/,
      );
      await tabTo(page, frame, 'tr.lp-row');
      await page.keyboard.press('ArrowDown');
      await waitForFocus(frame, 'tr.lp-row[aria-rowindex="3"]');
      await page.keyboard.press('ArrowUp');
      await waitForFocus(frame, 'tr.lp-row[aria-rowindex="2"]');
      const uri = (await frame.locator('tr.lp-row:focus').getAttribute('data-uri'))!;
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      assert.ok(TOGO.includes(name), `${name} is one of Togo's plans`);
      await page.keyboard.press('Enter');
      await page
        .locator('.editor-group-container.active .tab.active', { hasText: name })
        .waitFor({ timeout: TIMEOUT });
    }));

  /** The README's picture: the map across the window, Togo's plans spread apart, one popup open, the legend. */
  async function picture(frame: Frame, markers: ReturnType<Frame['locator']>): Promise<void> {
    await focusEditor(page, frame, 'Map of the workspace');
    await command(page, 'View: Toggle Maximize Editor Group');
    await frame.waitForFunction(() => document.querySelector('#lp-map')!.clientWidth > 900, null, {
      timeout: TIMEOUT,
    });
    if ((await frame.locator('.lp-legend details[open]').count()) === 0)
      await frame.locator('.lp-legend summary').click();
    // One level closer, so that the world fills the wider map; clusters are clicked once the zoom has settled.
    await frame.locator('.leaflet-control-zoom-in').click();
    await frame.waitForFunction(
      () => document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim') === null,
      null,
      {
        timeout: TIMEOUT,
      },
    );
    await frame.locator('.lp-cluster', { hasText: 'in Togo' }).click();
    await markers.nth(1).click();
    await frame.locator('.leaflet-popup .lp-popup-title').waitFor({ timeout: TIMEOUT });
    await frame.waitForFunction(
      () => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1',
      null,
      { timeout: TIMEOUT },
    );
    await screenshot(page, 'workspace-map');
    copyFileSync(join(ROOT, 'test-results', 'e2e', 'workspace-map.png'), join(IMAGES, 'workspace-map.png'));
    await command(page, 'View: Toggle Maximize Editor Group');
  }

  const THEMES = [
    { name: 'Dark Modern', workbench: 'vs-dark', webview: 'vscode-dark' },
    { name: 'Light Modern', workbench: 'vs', webview: 'vscode-light' },
    { name: 'Dark High Contrast', workbench: 'hc-black', webview: 'vscode-high-contrast' },
    { name: 'Light High Contrast', workbench: 'hc-light', webview: 'vscode-high-contrast-light' },
  ];
  for (const theme of THEMES) {
    it(`finds no WCAG 2.1 A or AA violation in the preview, both maps and the portfolio, in ${theme.name}`, () =>
      scenario(`axe-${theme.workbench}`, async () => {
        await useTheme(page, theme.name, theme.workbench);
        const violations: string[] = [];
        // The focus stays in the editor throughout: the panels' folded parts are unfolded and the popup opened
        // from the test, so that axe sees them too.
        await quickOpen(page, SEED);
        await command(page, 'Learning Plans: Show Map');
        const map = await webviewFrame(page, '#lp-root[data-mode="document"] .lp-marker');
        await wearsTheme(map, theme.webview);
        await unfold(map, '#lp-list');
        await map.locator('#lp-list li').first().waitFor({ timeout: TIMEOUT });
        await unfold(map, '.lp-legend details');
        violations.push(...(await axeViolations(map)).map((text) => `document map: ${text}`));

        await command(page, 'Learning Plans: Show Workspace Map');
        const workspace = await webviewFrame(
          page,
          '#lp-root[data-mode="workspace"][data-complete="true"][data-drawn="true"] .lp-marker',
        );
        await unfold(workspace, '#lp-list');
        await workspace.locator('#lp-list li').first().waitFor({ timeout: TIMEOUT });
        await unfold(workspace, '.lp-legend details');
        await workspace.locator('.lp-cluster', { hasText: 'in Togo' }).dispatchEvent('click');
        await workspace
          .locator('.leaflet-marker-icon[class*="lp-type-"]', { hasText: 'Togo' })
          .first()
          .dispatchEvent('click');
        await workspace.locator('.leaflet-popup .lp-popup-title').waitFor({ timeout: TIMEOUT });
        // Popups fade in: axe measures contrast on what is shown, so let it finish.
        await workspace.waitForFunction(
          () => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1',
          null,
          { timeout: TIMEOUT },
        );
        violations.push(...(await axeViolations(workspace)).map((text) => `workspace map: ${text}`));

        await command(page, 'Learning Plans: Open Preview to the Side');
        const preview = await webviewFrame(page, '#lp-completeness');
        await wearsTheme(preview, theme.webview);
        await unfold(preview, '.lp-more');
        violations.push(...(await axeViolations(preview)).map((text) => `preview: ${text}`));

        // The portfolio with a document selected, its charts shown and their data tables unfolded.
        const table = await portfolio();
        await wearsTheme(table, theme.webview);
        await table.locator('tr.lp-row td.lp-select input').first().dispatchEvent('click');
        await table.locator('#lp-status', { hasText: '1 selected' }).waitFor({ timeout: TIMEOUT });
        await table.locator('#lp-toggle-charts').dispatchEvent('click');
        await table.locator('#lp-charts svg[role="img"]').first().waitFor({ timeout: TIMEOUT });
        for (const details of await table.locator('#lp-charts details').all())
          await details.evaluate((element) => ((element as unknown as { open: boolean }).open = true));
        violations.push(...(await axeViolations(table)).map((text) => `portfolio: ${text}`));
        // Grouped by country: the groups' headings too.
        await table.locator('#lp-group').selectOption('country');
        await table.locator('tr.lp-group').first().waitFor({ timeout: TIMEOUT });
        violations.push(...(await axeViolations(table)).map((text) => `portfolio by country: ${text}`));
        // Filtered by a goal, shown on the map: the map says which filter it shows, with its buttons.
        await table.locator('#lp-filter-sdg').selectOption({ index: 1 });
        await table.getByRole('button', { name: 'Show on map' }).dispatchEvent('click');
        const filtered = await webviewFrame(
          page,
          '#lp-root[data-mode="workspace"][data-filtered="true"][data-drawn="true"] .lp-marker',
        );
        await filtered
          .locator('#lp-scope-text', { hasText: /^Filtered: SDG \d+$/ })
          .waitFor({ timeout: TIMEOUT });
        violations.push(...(await axeViolations(filtered)).map((text) => `filtered map: ${text}`));
        assert.deepEqual(violations, []);
      }));
  }
});
