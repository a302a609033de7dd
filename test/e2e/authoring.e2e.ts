/**
 * A new author's walk in a real VS Code (code-server in Chromium): New Learning Plan…, the tags filled by completion,
 * the answers written, fix all from the quick-fix menu, and "Ready" in the status bar; then the buttons, the preview,
 * the outline and the snippets as they meet them on plans and on other Markdown files.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { example } from '../support/corpus';
import { ROOT } from '../support/docs';
import {
  editorText,
  goTo,
  openFile,
  packageExtension,
  runCommand,
  screenshot,
  settle,
  startEditor,
  TIMEOUT,
  waitForEditorLine,
  type EditorSession,
} from './harness';

const IMAGES = join(ROOT, 'docs', 'images');
const TITLE = 'Waste pickers and the circular economy';

/** Answers by the start of their question's prompt: what an author would write, short. */
const ANSWERS: [string, string][] = [
  ['Challenge type', 'Exploratory.'],
  [
    'Challenge statement',
    'Our challenge is that waste pickers recover most recycled material in La Paz, unseen and unpaid.',
  ],
  [
    'Background',
    'Three thousand pickers work the city; the municipality contracts collection but not recovery.',
  ],
  ['Quantitative evidence', 'The municipal waste survey of 2024: 600 tonnes a day, 4% recycled.'],
  ['Qualitative evidence', 'Pickers organise informally by neighbourhood and sell to middlemen.'],
  [
    'Value proposition',
    'The Lab can map the informal network and test a fair-price pilot with the municipality.',
  ],
  [
    'Short “tweet” summary',
    'Waste pickers recycle La Paz. We map their work and test fair prices with the city.',
  ],
  ['Who are your top 5 partners', ''],
  ['Please state the name of the Parter', 'Autonomous Municipal Government of La Paz'],
  ['What sector does our partner belong to', 'Government'],
  [
    'Please provide a brief description of the collaboration',
    'Co-design of a fair-price pilot for recovered plastic.',
  ],
  ['Is this a new and unusual partner', 'No'],
  ['Learning question', 'What would make selling to the city worth it for a picker?'],
  ['To what stage(s) in the learning cycle', '- Sense\n- Test'],
  ['Usage of methods', 'Interviews and route mapping with pickers, then a small price experiment.'],
  ['Existing data gaps', 'No data on who picks what and where; the mapping fills it.'],
  ['Early leads to grow', 'The recycling cooperatives and the environment secretariat.'],
];

describe('A new author in VS Code (code-server)', () => {
  let session: EditorSession;
  let page: Page;
  let folder: string;

  before(async () => {
    const vsix = packageExtension();
    folder = mkdtempSync(join(tmpdir(), 'lp-e2e-authoring-'));
    copyFileSync(example('001').path, join(folder, 'seed.txt'));
    writeFileSync(
      join(folder, 'notes.md'),
      '# Meeting notes\n\nWe met the pickers.\n\n## Monday\n\nMore notes.\n',
    );
    mkdirSync(IMAGES, { recursive: true });
    session = await startEditor(vsix, folder);
    page = session.page;
    // The extension starts with the first Markdown or text document: the seed, whose readiness shows once it runs.
    await openFile(page, 'seed.txt');
    await page
      .locator('.statusbar-item', { hasText: /Ready|block submission/ })
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
      await body();
    } catch (error) {
      const path = await screenshot(page, `failed-${name}`).catch(() => 'none');
      throw new Error(`${(error as Error).message}\nScreenshot: ${path}`, { cause: error });
    }
  }

  async function picture(name: string): Promise<void> {
    copyFileSync(await screenshot(page, name), join(IMAGES, `${name}.png`));
  }

  const statusItem = (text: RegExp) => page.locator('.statusbar-item', { hasText: text }).first();

  /** Puts text on the clipboard and pastes it where the cursor is, as an author pastes a written answer. */
  async function paste(text: string): Promise<void> {
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    const copied = await page.evaluate('navigator.clipboard.readText()');
    assert.equal(copied, text, 'the clipboard holds the answer');
    await page.keyboard.press('Control+V');
    await waitForEditorLine(page, text.split('\n')[0]!.slice(0, 40));
  }

  /** What the status bar's list says blocks the document, for a failure's message. */
  async function blockers(): Promise<string> {
    await runCommand(page, 'Learning Plans: Show What Blocks Submission', 'submission');
    const rows = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
    await settle(page);
    return rows.join('\n');
  }

  /** The suggestions the active editor shows, and how many it holds in all. */
  async function offered(): Promise<{ labels: string[]; total: number }> {
    const rows = page.locator('.editor-group-container.active .suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: TIMEOUT });
    const labels = await page
      .locator('.editor-group-container.active .suggest-widget.visible .monaco-list-row .label-name')
      .allTextContents();
    return { labels, total: Number(await rows.first().getAttribute('aria-setsize')) };
  }

  /** Completes the value of the empty tag on a 1-based line, picking the suggestion with this label. */
  async function completeTag(line: number, typed: string, label: string): Promise<void> {
    await goTo(page, line, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await suggest(typed, label);
    await page.keyboard.press('Enter');
  }

  /**
   * Types after Ctrl+Space until the suggestion `label` is focused. A busy workbench may answer a request that typing
   * overtook with "No suggestions": then the list is asked for again, at the typed text.
   */
  async function suggest(typed: string, label: string): Promise<void> {
    await page.keyboard.press('Control+Space');
    await page.keyboard.type(typed);
    const row = page.locator('.suggest-widget .monaco-list-row.focused', { hasText: label });
    const none = page.locator('.suggest-widget .message', { hasText: 'No suggestions' });
    for (let attempt = 0; attempt < 3; attempt++) {
      await row.or(none).first().waitFor({ timeout: TIMEOUT });
      if (await row.isVisible()) return;
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
    }
    await row.waitFor({ timeout: TIMEOUT });
  }

  it('New Learning Plan… → the tags by completion → the answers → fix all → Ready', () =>
    scenario('new-plan', async () => {
      await runCommand(page, 'Learning Plans: New Learning Plan…', 'New Learning Plan: form');
      const input = page.locator('.quick-input-widget input');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'plan form' }).first().waitFor();
      const forms = await page.locator('.quick-input-list .monaco-list-row .label-name').allTextContents();
      assert.ok(!forms.some((form) => /2021–2022|frontier/.test(form)), forms.join(' | '));
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'title' }).waitFor();
      await input.fill(TITLE);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'country' }).waitFor();
      const countries = await page
        .locator('.quick-input-list .monaco-list-row .label-name')
        .allTextContents();
      assert.deepEqual(countries.slice(0, 3), ['Afghanistan', 'Åland Islands', 'Albania'], 'by name');
      await input.fill('Bolivia');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Bolivia' }).first().waitFor();
      await page.keyboard.press('Enter');
      // Saved, it would be "<title>.md": the untitled document already carries that name.
      await page
        .locator('.editor-group-container.active .tab.active', { hasText: `${TITLE}.md` })
        .waitFor({ timeout: TIMEOUT });
      await waitForEditorLine(page, '[[datasources:]]');
      await statusItem(/things block submission/).waitFor({ timeout: TIMEOUT });
      await picture('new-plan');

      // The cursor waits in [[sdgs:]]: complete it, with the goal's statement beside the list.
      await suggest('Sustainable cit', '11. Sustainable cities');
      const details = page.locator('.suggest-details-container .docs', { hasText: 'Make cities' });
      if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
      await details.waitFor({ timeout: TIMEOUT });
      await picture('completion-docs');
      await page.keyboard.press('Enter');
      await waitForEditorLine(page, '[[sdgs:11. Sustainable cities and communities]]');
      await completeTag(9, 'waste man', 'waste management');
      await completeTag(10, 'Co-cre', 'Co-creation');
      await completeTag(11, 'surveys', 'surveys');
      await waitForEditorLine(page, '[[datasources:surveys]]');

      // The focal point's own address, then an answer to every question, from the last up.
      await goTo(page, 3, 15);
      await page.keyboard.press('Shift+End');
      await paste('ana.perez@undp.org]]');
      const lines = (await editorText(page)).split('\n');
      const prompts = ANSWERS.map(([start, answer]) => ({
        line: lines.findIndex((text) => text.startsWith(`> ${start}`)),
        answer,
      }));
      for (const { line, answer } of prompts.filter((prompt) => prompt.answer !== '').reverse()) {
        assert.ok(line > 0);
        await goTo(page, line + 3, 1);
        await paste(answer);
      }

      // A method typed by hand, misspelt: fix all from the quick-fix menu corrects it.
      await goTo(page, 10, 1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[[methods:Sensemakng');
      await page.keyboard.press('Escape');
      await goTo(page, 11, 14);
      await page.keyboard.press('Control+.');
      const fixAll = page.locator('.action-widget .monaco-list-row', {
        hasText: 'Fix all learning-plan problems in this file',
      });
      await fixAll.first().waitFor({ timeout: TIMEOUT });
      await picture('fix-all');
      await fixAll.first().click();
      await waitForEditorLine(page, '[[methods:Sensemaking]]');
      const ready = await statusItem(/Ready/)
        .waitFor({ timeout: TIMEOUT })
        .then(() => null)
        .catch(async () => blockers());
      assert.equal(ready, null, `Not ready; what blocks it:\n${ready}`);
      await picture('ready');
      const text = await editorText(page);
      assert.match(text, /\n\[\[methods:Co-creation\]\]\n\[\[methods:Sensemaking\]\]\n/);
      assert.match(text, /## Challenge classification\n\n<!-- Here the platform asks/);
    }));

  /** The accessible names of the active editor's title-bar buttons. */
  const titleButtons = () =>
    page
      .locator('.editor-group-container.active .editor-actions .action-label')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));

  it('starts the outline at the title, with one outline per document', () =>
    scenario('outline', async () => {
      await openFile(page, 'seed.txt');
      const header = page.locator('.pane-header', { hasText: 'Outline' });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const rows = page.locator('.outline-pane .monaco-list-row');
      await rows.first().waitFor({ timeout: TIMEOUT });
      await page
        .locator('.outline-pane .monaco-list-row[aria-level="1"]', {
          hasText: 'Mi Barrio (Digital neighborhood)',
        })
        .waitFor({ timeout: TIMEOUT });
      const labels = await rows.evaluateAll((list) =>
        list.map((row) => `${row.getAttribute('aria-level')} ${row.getAttribute('aria-label')}`),
      );
      assert.equal(labels[0], '1 Mi Barrio (Digital neighborhood) (file)');
      assert.ok(labels.includes('2 Title (string)'), labels.join(' | '));
      assert.ok(!labels.some((label) => /Learning Plans/.test(label)), labels.join(' | '));
      await picture('outline');
      await header.click();
    }));

  it('offers the snippets as soon as lp- is typed, and only the sections a plan lacks', () =>
    scenario('snippets', async () => {
      await page.keyboard.press('Control+N');
      await page.locator('.editor-group-container.active .tab.active', { hasText: 'Untitled' }).waitFor();
      await page.keyboard.type('lp-');
      const forms = await offered();
      assert.deepEqual(forms.labels.slice(0, 2), ['lp-plan', 'lp-closing'], forms.labels.join(', '));
      assert.equal(forms.total, 5, 'the five current forms, each once');
      await page.keyboard.press('Escape');
      await page.locator('.tab', { hasText: `${TITLE}.md` }).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('lp-');
      const sections = await offered();
      assert.deepEqual(sections.labels, ['lp-plan-learning-questions'], 'every other section is there');
      await page.keyboard.press('Escape');
    }));
  it('shows the preview and map buttons on learning plans only; a notes file gets VS Code’s own preview', () =>
    scenario('buttons', async () => {
      await openFile(page, 'seed.txt');
      await page
        .locator('.editor-group-container.active .editor-actions .action-label[aria-label="Show Map"]')
        .waitFor({ timeout: TIMEOUT });
      assert.ok((await titleButtons()).includes('Open Preview to the Side'), 'our preview button');
      await openFile(page, 'notes.md');
      await page
        .locator('.editor-group-container.active .editor-actions .action-label[aria-label="Show Map"]')
        .waitFor({ state: 'detached', timeout: TIMEOUT });
      const buttons = await titleButtons();
      assert.equal(
        buttons.filter((label) => label.startsWith('Open Preview to the Side')).length,
        1,
        buttons.join(' | '),
      );
      await runCommand(page, 'Learning Plans: Open Preview to the Side');
      await page.locator('.tab', { hasText: 'Preview notes.md' }).waitFor({ timeout: TIMEOUT });
      assert.equal(await page.locator('.tab', { hasText: 'Learning Plan Preview' }).count(), 0);
    }));
});
