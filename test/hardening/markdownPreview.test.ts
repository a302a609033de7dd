/**
 * VS Code's own Markdown preview runs the extension's markdown-it plugin in the extension host every extension
 * shares: it must render in time linear in the text, whatever the text.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/docs';
import { renderWithinBudget } from '../support/renderMarkdown';

const PLUGIN = join(ROOT, 'client', 'src', 'markdownItTags.ts');
const BUDGET_MS = 3_000;

describe("VS Code's Markdown preview with the tag chips", () => {
  it('renders ordinary tags as chips', async () => {
    const result = await renderWithinBudget(
      PLUGIN,
      '[[sdgs:5. Gender equality]]\n\n[[country:Peru]]\n',
      BUDGET_MS,
    );
    assert.ok(result.finished);
    assert.match(result.html, /class="lp-chip lp-sdg lp-sdg-5"/);
    assert.match(result.html, /class="lp-chip lp-key-country"[^>]*>country: Peru</);
  });

  it(`renders 320 KB of "[[a:" repeated, and 320 KB of tag lines, within ${BUDGET_MS / 1000} s`, async () => {
    for (const text of ['[[a:'.repeat(80_000), '[[a:b]]\n'.repeat(40_000)]) {
      const result = await renderWithinBudget(PLUGIN, text, BUDGET_MS);
      assert.ok(result.finished, 'stopped at ten times the budget');
      assert.ok(result.cpuMs < BUDGET_MS, `${result.cpuMs} ms of CPU time`);
    }
  });
});
