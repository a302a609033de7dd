/**
 * The extension in a real VS Code (code-server in Chromium), driven like an author would: open the seeds, break and
 * fix a tag, complete, quick-fix, preview, map, and create documents from snippets and the New Learning Plan command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { corpusFolder, example } from '../support/corpus';
import { ROOT } from '../support/docs';
import {
  editorText,
  filterProblems,
  settle,
  goTo,
  openFile,
  packageExtension,
  quickFix,
  runCommand,
  screenshot,
  startEditor,
  suggestions,
  TIMEOUT,
  waitForEditorLine,
  waitForProblems,
  webviewFrame,
  type EditorSession,
} from './harness';

const IMAGES = join(ROOT, 'docs', 'images');
const INJECTION = [
  '# <img src=x onerror="alert(1)"> Injection test',
  '',
  '[[focal_point:a@undp.org]]',
  '[[year:2024]]',
  '[[type:learningplan]]',
  '[[country:<script>alert(1)</script>]]',
  '[[latlng:<script>alert(2)</script>]]',
  '## Title',
  '',
  '> Please provide a name for your action learning plan.',
  '',
  '<script>alert(3)</script> <img src=x onerror=alert(4)> [link](javascript:alert(5))',
  '<iframe srcdoc="<script>alert(6)</script>"></iframe><svg onload=alert(7)>',
  '',
].join('\n');

describe('Learning Plans in VS Code (code-server)', () => {
  let session: EditorSession;
  let page: Page;
  let folder: string;
  const mdPlan = corpusFolder('learningplan').find((file) => file.name.startsWith('ai_readiness'))!;

  before(async () => {
    const vsix = packageExtension();
    folder = mkdtempSync(join(tmpdir(), 'lp-e2e-workspace-'));
    copyFileSync(example('001').path, join(folder, '001_eb28752f7019a392.txt'));
    copyFileSync(mdPlan.path, join(folder, 'ai_readiness.md'));
    writeFileSync(join(folder, 'completion.md'), '# A fresh plan\n\n[[type:learningplan]]\n');
    writeFileSync(join(folder, 'quickfix.md'), '# A fresh plan\n\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n');
    writeFileSync(join(folder, 'injection.md'), INJECTION);
    // The seed, ready for the platform but for its thematic areas.
    const unready = readFileSync(example('001').path, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('[[thematic_areas:'))
      .join('\n');
    writeFileSync(join(folder, 'unready-plan.md'), unready);
    mkdirSync(IMAGES, { recursive: true });
    session = await startEditor(vsix, folder);
    page = session.page;
  });

  after(async () => {
    await session?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Runs a scenario; on failure keeps a screenshot next to the test output. */
  async function scenario(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await settle(page);
      await filterProblems(page, '');
      await body();
    } catch (error) {
      const path = await screenshot(page, `failed-${name}`).catch(() => 'none');
      throw new Error(`${(error as Error).message}\nScreenshot: ${path}`, { cause: error });
    }
  }

  it('installs the built extension without source maps or sources', () => {
    const files = readdirSync(session.extensions, { recursive: true, encoding: 'utf8' }).map((file) =>
      file.replace(/\\/g, '/'),
    );
    const installed = (name: string) => files.some((file) => file.endsWith(`/${name}`));
    for (const name of ['dist/client.js', 'dist/server-bundle.js', 'dist/media/map.js', 'dist/web/server.js'])
      assert.ok(installed(name), `${name} is missing from the installed extension`);
    assert.deepEqual(
      files.filter((file) => /\.(?:map|ts)$/.test(file)),
      [],
      'source maps and TypeScript sources stay out of the package',
    );
  });

  it('lists diagnostics for a plaintext seed and a Markdown plan; a broken tag adds one, fixing it removes it', () =>
    scenario('diagnostics', async () => {
      await openFile(page, '001_eb28752f7019a392.txt');
      // Every document of the workspace has problems listed: show only the seed's.
      await filterProblems(page, '001_eb28752f7019a392');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('LP050')),
        "the seed's too-long tweet (LP050)",
      );
      await goTo(page, 5, 14);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('LP001')),
        'the broken tag (LP001)',
      );
      await screenshot(page, 'diagnostics');
      copyFileSync(join(ROOT, 'test-results', 'e2e', 'diagnostics.png'), join(IMAGES, 'diagnostics.png'));
      await page.locator('.editor-group-container.active .view-lines').click();
      await goTo(page, 5, 12);
      await page.keyboard.type(']]');
      await waitForProblems(page, (rows) => !rows.some((row) => row.includes('LP001')), 'the tag fixed');
      await openFile(page, 'ai_readiness.md');
      await filterProblems(page, 'ai_readiness');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('ai_readiness.md')),
        "the Markdown plan's diagnostics",
      );
    }));

  it('completes the 17 SDGs after `[[sdgs:` and finds Cape Verde from `Cabo`', () =>
    scenario('completion', async () => {
      await openFile(page, 'completion.md');
      await goTo(page, 3, 22);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[[sdgs:');
      const goals = await suggestions(page);
      assert.equal(goals.total, 17, goals.labels.join(', '));
      assert.ok(goals.labels.includes('5. Gender equality'));
      await screenshot(page, 'completion');
      copyFileSync(join(ROOT, 'test-results', 'e2e', 'completion.png'), join(IMAGES, 'completion.png'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[[country:Cabo');
      await page.keyboard.press('Control+Space');
      await page
        .locator('.suggest-widget .monaco-list-row', { hasText: 'Cape Verde' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Escape');
    }));

  it("applies a quick fix: `SDG 5` becomes the platform's `5. Gender equality`", () =>
    scenario('quickfix', async () => {
      await openFile(page, 'quickfix.md');
      await filterProblems(page, 'LP015');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('LP015')),
        'the non-canonical SDG (LP015)',
      );
      await goTo(page, 4, 10);
      await quickFix(page, 'Change to "5. Gender equality"');
      await waitForEditorLine(page, '[[sdgs:5. Gender equality]]');
      assert.match(await editorText(page), /\[\[sdgs:5\. Gender equality\]\]/);
    }));

  it('shows the preview with title, SDG chips and completeness, following edits', () =>
    scenario('preview', async () => {
      await openFile(page, '001_eb28752f7019a392.txt');
      await runCommand(page, 'Learning Plans: Open Preview to the Side');
      const frame = await webviewFrame(page, '#lp-completeness');
      assert.equal((await frame.locator('h1').textContent())?.trim(), 'Mi Barrio (Digital neighborhood)');
      assert.equal(await frame.locator('.lp-chip.lp-sdg').count(), 3);
      assert.match((await frame.locator('#lp-completeness').textContent()) ?? '', /\d+\/\d+ answered/);
      await screenshot(page, 'preview');
      copyFileSync(join(ROOT, 'test-results', 'e2e', 'preview.png'), join(IMAGES, 'preview.png'));
      await openFile(page, '001_eb28752f7019a392.txt');
      await goTo(page, 1, 3);
      await page.keyboard.type('New title: ');
      await frame.locator('h1', { hasText: 'New title: Mi Barrio' }).waitFor({ timeout: TIMEOUT });
    }));

  it("shows the map with the document's marker in the highlighted country; clicking it moves the cursor", () =>
    scenario('map', async () => {
      await openFile(page, '001_eb28752f7019a392.txt');
      await runCommand(page, 'Learning Plans: Show Map');
      const frame = await webviewFrame(page, '.lp-marker');
      await frame.locator('.lp-highlight').first().waitFor({ timeout: TIMEOUT });
      assert.equal(await frame.locator('.lp-marker.lp-inside').count(), 1);
      await screenshot(page, 'map');
      copyFileSync(join(ROOT, 'test-results', 'e2e', 'map.png'), join(IMAGES, 'map.png'));
      await frame.locator('.lp-marker').first().click();
      // The cursor's line, as the editor marks it: the status bar shows Ln/Col only while the editor has the focus,
      // which a busy workbench may hand back to the map after the click.
      await page
        .locator('.monaco-editor .line-numbers.active-line-number', { hasText: /^\s*28\s*$/ })
        .first()
        .waitFor({ timeout: TIMEOUT });
    }));

  it('says what blocks submission in the status bar and the preview, and "Ready" once it is fixed', () =>
    scenario('readiness', async () => {
      await openFile(page, 'unready-plan.md');
      const status = page.locator('.statusbar-item', { hasText: '1 thing blocks submission' }).first();
      await status.waitFor({ timeout: TIMEOUT });
      await status.click();
      await page
        .locator('.quick-input-widget .quick-input-title', {
          hasText: 'What blocks submission to the platform',
        })
        .waitFor({ timeout: TIMEOUT });
      const blocker = page.locator('.quick-input-list .monaco-list-row', { hasText: '[[thematic_areas:…]]' });
      assert.match((await blocker.textContent()) ?? '', /The platform requires thematic areas\./);
      await blocker.click();
      // The blocker leads to the last tag, where the missing one goes.
      await page
        .locator('.statusbar-item', { hasText: /Ln 25, Col 1/ })
        .first()
        .waitFor({ timeout: TIMEOUT });

      await runCommand(page, 'Learning Plans: Open Preview to the Side');
      const frame = await webviewFrame(page, '#lp-readiness.lp-blocked');
      assert.equal(
        (await frame.locator('#lp-readiness summary').textContent())?.trim(),
        '1 thing blocks submission',
      );
      assert.equal(
        (await frame.locator('#lp-readiness .lp-blocker').allTextContents()).join('|'),
        'The platform requires thematic areas.',
      );

      await openFile(page, 'unready-plan.md');
      // At the start of the line after the last tag: End would stop where a narrow editor wraps the line.
      await goTo(page, 26, 1);
      await page.keyboard.insertText('[[thematic_areas:social cohesion]]\n');
      await page
        .locator('.statusbar-item', { hasText: /^\s*Ready\s*$/ })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await frame.locator('#lp-readiness.lp-ready').waitFor({ timeout: TIMEOUT });
      assert.equal((await frame.locator('#lp-readiness').textContent())?.trim(), '✓ Ready for the platform');
    }));

  it('renders a document full of injection attempts with nothing executed', () =>
    scenario('injection', async () => {
      const errorsBefore = session.consoleErrors.length;
      await openFile(page, 'injection.md');
      await runCommand(page, 'Learning Plans: Open Preview to the Side');
      const frame = await webviewFrame(page, 'h1:has-text("Injection test")');
      const scripts = await frame
        .locator('script')
        .evaluateAll((elements) => elements.map((element) => element.outerHTML));
      assert.deepEqual(
        scripts.filter((script) => /alert/.test(script)),
        [],
      );
      assert.equal(
        await frame.locator('#lp-root iframe, #lp-root svg, #lp-root img, #lp-root script').count(),
        0,
      );
      assert.match((await frame.locator('#lp-root').textContent()) ?? '', /<script>alert\(3\)<\/script>/);
      assert.deepEqual(session.dialogs, []);
      const newErrors = session.consoleErrors
        .slice(errorsBefore)
        .filter((text) => /Content Security Policy|alert/i.test(text));
      assert.deepEqual(newErrors, []);
    }));

  it('restarts a language server that dies, keeping the unsaved edits', () =>
    scenario('restart', async () => {
      await openFile(page, '001_eb28752f7019a392.txt');
      const before = await editorText(page);
      assert.match(before, /^# New title: Mi Barrio/, 'the unsaved edit from the preview scenario');
      // Only this session's server: its path lies in this session's own extensions folder (other editors, and other
      // runs of the suite, may be running on the same machine).
      const ownServer = `${session.extensions.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*dist/server\\.js`;
      const killed = spawnSync('pkill', ['-KILL', '-f', ownServer]);
      assert.equal(killed.status, 0, 'a server process was found and stopped');
      await goTo(page, 7, 20);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await filterProblems(page, 'LP001');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('LP001')),
        'diagnostics from the restarted server',
      );
      const after = await editorText(page);
      assert.match(after, /^# New title: Mi Barrio/);
      assert.match(after, /\[\[type:learningplan\n/);
    }));

  it('a snippet and New Learning Plan… produce documents without error-level diagnostics', () =>
    scenario('new-documents', async () => {
      await runCommand(page, 'Learning Plans: New Learning Plan…', 'New Learning Plan: form');
      const input = page.locator('.quick-input-widget input');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'plan form' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: 'New Learning Plan: title' })
        .waitFor({ timeout: TIMEOUT });
      await input.fill('Digital inclusion');
      await page.keyboard.press('Enter');
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: 'New Learning Plan: country' })
        .waitFor({ timeout: TIMEOUT });
      await input.fill('Bolivia');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Bolivia' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await page
        .locator('.editor-group-container.active .view-line', { hasText: '# Digital inclusion' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      const text = await editorText(page);
      assert.match(text, /\[\[country:Bolivia\]\]\n\[\[latlng:-?\d/);
      // The new plan is untitled, named after its title for its first save.
      await filterProblems(page, 'Digital inclusion');
      await waitForProblems(
        page,
        (rows) => rows.some((row) => row.includes('LP045')),
        'the new plan checked',
      );
      assert.equal(await page.locator('.markers-panel .monaco-tl-row .codicon-error').count(), 0);

      await page.keyboard.press('Control+N');
      await page
        .locator('.editor-group-container.active .tab.active', { hasText: 'Untitled' })
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.type('lp-plan');
      await page.keyboard.press('Control+Space');
      await page
        .locator('.suggest-widget .monaco-list-row', { hasText: 'lp-plan' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page
        .locator('.editor-group-container.active .view-line', { hasText: '## Challenge statement' })
        .first()
        .waitFor({ timeout: TIMEOUT });
      await filterProblems(page, 'Untitled-1');
      await waitForProblems(page, (rows) => rows.some((row) => row.includes('LP045')), 'the snippet checked');
      assert.equal(await page.locator('.markers-panel .monaco-tl-row .codicon-error').count(), 0);
    }));
});
