/**
 * The portfolio's page in Chromium, on its own (no editor): ten thousand rows, the keyboard, the filters, the
 * selection, the charts and the state kept across a reload, as a reader and a screen reader meet them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLanguageService, type PortfolioGoal, type PortfolioRow } from '../../server/src/service';
import { completenessOf } from '../../server/src/portfolio/view';
import { MemoryHost } from '../support/memoryHost';
import { openPortfolioPage, syntheticRows, type PortfolioPage } from '../support/portfolioPage';
import { packageExtension } from './harness';

describe('the portfolio page in Chromium', () => {
  let portfolio: PortfolioPage;
  let goals: PortfolioGoal[];
  let rows: PortfolioRow[];

  before(async () => {
    packageExtension();
    goals = (await createLanguageService(new MemoryHost()).portfolio()).goals;
    rows = syntheticRows(10_000);
    rows[3] = {
      ...rows[3]!,
      title: '<img src=x onerror="document.title=1">Injected',
      country: '<b>Peru</b>',
    };
    portfolio = await openPortfolioPage();
    await portfolio.showRows(rows, goals);
  });
  after(() => portfolio?.dispose());

  const page = () => portfolio.page;
  const status = () => page().locator('#lp-status').textContent();

  it('draws only the rows in view of ten thousand, and tells screen readers the whole size', async () => {
    assert.equal(await status(), '10000 of 10000 shown');
    const drawn = await page().locator('tr.lp-row').count();
    assert.ok(drawn > 10 && drawn < 100, `${drawn} rows in the page`);
    assert.equal(await page().locator('#lp-table').getAttribute('aria-rowcount'), '10001');
    assert.equal(await page().locator('#lp-table thead th[aria-sort="ascending"]').textContent(), 'Title');
    await page()
      .locator('.lp-scroller')
      .evaluate((element) => (element.scrollTop = element.scrollHeight));
    await page().locator('tr.lp-row[aria-rowindex="10001"]').waitFor();
    assert.ok((await page().locator('tr.lp-row').count()) < 100);
  });

  it('shows what a document wrote as text, never as markup', async () => {
    await page().locator('#lp-search').fill('Injected');
    await page().locator('tr.lp-row').first().waitFor();
    assert.equal(await status(), '1 of 10000 shown');
    assert.equal(await page().locator('#lp-table img, #lp-table b').count(), 0);
    assert.match((await page().locator('tr.lp-row th').textContent()) ?? '', /^<img src=x/);
    assert.notEqual(await page().title(), '1');
    await page().getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await status(), '10000 of 10000 shown');
  });

  it('filters by SDG 5 and sorts by completeness, said in the live region and in aria-sort', async () => {
    await page().locator('#lp-filter-sdg').selectOption('5');
    const expected = rows.filter((row) => row.sdgs.includes(5));
    assert.equal(await status(), `${expected.length} of 10000 shown`);
    await page().getByRole('button', { name: 'Completeness' }).click();
    assert.equal(await page().locator('thead th[aria-sort]').textContent(), 'Completeness');
    assert.equal(await page().locator('thead th[aria-sort]').getAttribute('aria-sort'), 'ascending');
    assert.match((await status()) ?? '', /Sorted by Completeness, ascending/);
    const least = Math.min(...expected.map(completenessOf));
    const first = expected.find((row) => completenessOf(row) === least)!;
    assert.match(
      (await page().locator('tr.lp-row td:nth-child(8)').first().textContent()) ?? '',
      new RegExp(`^${first.answered}/20`),
    );
    for (const cell of await page().locator('tr.lp-row td:nth-child(6)').allTextContents())
      assert.match(cell, /Gender Equality/, 'every row shown cites SDG 5');
  });

  it('moves with the arrow keys, selects with Space and opens with Enter at the first problem', async () => {
    const first = page().locator('tr.lp-row').first();
    await first.focus();
    await page().keyboard.press('ArrowDown');
    const focused = page().locator('tr.lp-row:focus');
    assert.equal(await focused.getAttribute('aria-rowindex'), '3');
    await page().keyboard.press('Space');
    assert.match((await status()) ?? '', /1 selected/);
    assert.equal(await page().locator('#lp-edit-tags').textContent(), 'Edit tags of 1 selected…');
    const uri = await focused.getAttribute('data-uri');
    await page().keyboard.press('Enter');
    const row = rows.find((candidate) => candidate.uri === uri)!;
    const sent = await portfolio.sent();
    assert.deepEqual(sent.at(-1), { type: 'open', uri, line: row.line });
    await page().keyboard.press('End');
    assert.equal(
      await page().locator('tr.lp-row:focus').getAttribute('aria-rowindex'),
      String(rows.filter((r) => r.sdgs.includes(5)).length + 1),
    );
    await page().locator('#lp-edit-tags').click();
    assert.deepEqual((await portfolio.sent()).at(-1), { type: 'editTags', uris: [uri] });
  });

  it('draws the four charts as images with a title, a description and a table', async () => {
    await page().locator('#lp-toggle-charts').click();
    assert.equal(await page().locator('#lp-toggle-charts').getAttribute('aria-expanded'), 'true');
    const charts = page().locator('#lp-charts svg[role="img"]');
    assert.equal(await charts.count(), 4);
    assert.deepEqual(await page().locator('#lp-charts figcaption').allTextContents(), [
      'SDG coverage',
      'Methods by year',
      'Documents per country',
      'Documents by readiness',
    ]);
    assert.equal(await page().locator('#lp-charts details table').count(), 4);
  });

  it('comes back as it was left: filter, sort, selection and charts', async () => {
    const exported = await page()
      .locator('#lp-export-csv')
      .click()
      .then(() => portfolio.sent());
    assert.deepEqual(exported.at(-1), {
      type: 'export',
      format: 'csv',
      view: { filter: { sdg: 5 }, sort: { column: 'completeness', descending: false }, group: 'none' },
    });
    await page().reload();
    await portfolio.showRows(rows, goals);
    assert.equal(await page().locator('#lp-filter-sdg').inputValue(), '5');
    assert.match((await status()) ?? '', /of 10000 shown · 1 selected/);
    assert.equal(await page().locator('thead th[aria-sort]').textContent(), 'Completeness');
    assert.equal(await page().locator('#lp-charts svg').count(), 4);
  });
});
