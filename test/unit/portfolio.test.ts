import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { createLanguageService, english, type PortfolioRow } from '../../server/src/service/internals';
import { portfolioCsv } from '../../server/src/portfolio/csv';
import { matchesFilter, parseFilter } from '../../server/src/portfolio/filter';
import { portfolioLabels } from '../../server/src/portfolio/labels';
import { portfolioHtml } from '../../server/src/portfolio/reportHtml';
import {
  arrange,
  facets,
  parseView,
  sortRows,
  visibleRows,
  DEFAULT_VIEW,
} from '../../server/src/portfolio/view';
import { portfolioXlsx } from '../../server/src/portfolio/xlsx';
import { contrastRatio, textColourOn } from '../../server/src/portfolio/contrast';
import { corpusFolder, corpusService } from '../support/corpus';
import { MemoryHost } from '../support/memoryHost';
import { parsePortfolioMessage } from '../../client/src/panels/portfolioMessages';

const labels = portfolioLabels(english, 'en');

async function corpusPortfolio() {
  return (await corpusService()).portfolio();
}

function row(overrides: Partial<PortfolioRow>): PortfolioRow {
  return {
    uri: 'file:///lab/plan.md',
    title: 'A plan',
    kind: 'learningplan',
    form: 'plan',
    edition: null,
    country: 'Peru',
    flag: '🇵🇪',
    year: '2023',
    sdgs: [5],
    methods: ['Co-creation'],
    answered: 5,
    total: 10,
    errors: 0,
    warnings: 1,
    readiness: 'ready',
    blockers: [],
    blockerCount: 0,
    line: 0,
    ...overrides,
  };
}

describe('the portfolio rows', () => {
  it('has a row for every plan, experiment, solution and toolkit card of the corpus sample, and none for blogs', async () => {
    const { rows, goals } = await corpusPortfolio();
    const kinds = facets(rows)
      .kinds.map(([kind]) => kind)
      .sort();
    assert.deepEqual(kinds, ['experiment', 'learningplan', 'solution', 'toolkit']);
    assert.ok(rows.length > 300, `${rows.length} rows`);
    assert.equal(goals.length, 17);
    assert.equal(goals[4]!.name, 'Gender Equality');
    const closing = rows.find((candidate) => candidate.form === 'closing');
    assert.ok(closing?.edition === 'learning' || closing?.edition === 'frontier');
    const withMethods = rows.filter((candidate) => candidate.methods.length > 0);
    assert.ok(withMethods.length > 100);
    assert.ok(rows.some((candidate) => candidate.flag !== '' && candidate.country));
    for (const blocked of rows.filter((candidate) => candidate.readiness === 'blocked')) {
      assert.ok(blocked.blockerCount >= blocked.blockers.length && blocked.blockers.length > 0);
      assert.ok(blocked.blockers.length <= 3);
    }
  });

  it('opens a document at its first error or warning (across documents too), else at its title', async () => {
    const files: Record<string, string> = {};
    for (const file of corpusFolder('learningplan').slice(0, 30))
      files[`file:///lab/${file.name}`] = file.text;
    const service = createLanguageService(new MemoryHost(files));
    await service.scanFolders(['file:///lab']);
    const { rows } = await service.portfolio();
    assert.equal(rows.length, 30);
    let below = 0;
    for (const candidate of rows) {
      const findings = await service.findings(candidate.uri);
      const problems = findings.filter(
        (finding) => finding.severity === 'error' || finding.severity === 'warning',
      );
      const expected =
        problems.length > 0 ? Math.min(...problems.map((finding) => finding.range.start.line)) : 0;
      assert.equal(candidate.line, expected, candidate.uri);
      assert.equal(candidate.errors, findings.filter((finding) => finding.severity === 'error').length);
      if (candidate.line > 0) below++;
    }
    assert.ok(below > 0, 'some documents open below their title');
  });
});

describe('the portfolio filter', () => {
  it('keeps only the fields that are right, from anything a webview or a command might send', () => {
    assert.deepEqual(parseFilter({ sdg: 5, kind: 'experiment', year: 2023, readiness: 'maybe', extra: 1 }), {
      sdg: 5,
      kind: 'experiment',
    });
    assert.deepEqual(parseFilter({ sdg: 18 }), {});
    assert.deepEqual(parseFilter('sdg=5'), {});
    assert.deepEqual(parseFilter(null), {});
    assert.deepEqual(parseFilter({ text: '  ' }), {});
  });

  it('matches every field, and every word of the text in any case or accent', () => {
    const plan = row({ title: 'Économie circulaire à Lima', methods: ['Co-creation', 'Ethnography'] });
    assert.ok(matchesFilter(plan, { sdg: 5, country: 'Peru', method: 'Ethnography' }));
    assert.ok(!matchesFilter(plan, { sdg: 4 }));
    assert.ok(matchesFilter(plan, { text: 'economie LIMA' }));
    assert.ok(matchesFilter(plan, { text: 'plan.md' }), 'the file name');
    assert.ok(!matchesFilter(plan, { text: 'economie quito' }));
    assert.ok(!matchesFilter({ ...plan, methods: undefined } as never, { method: 'Ethnography' }));
  });
});

describe('the portfolio view', () => {
  const rows = [
    row({ uri: 'file:///a', title: 'Beta', answered: 9, total: 10, country: 'Peru', year: '2022' }),
    row({ uri: 'file:///b', title: 'alpha', answered: 1, total: 10, country: 'Chile', year: '2023' }),
    row({ uri: 'file:///c', title: 'Gamma', answered: 0, total: 0, country: null, year: '2023' }),
    row({ uri: 'file:///d', title: 'Delta', answered: 5, total: 10, country: 'Peru', year: null }),
  ];

  it('sorts by completeness, documents without questions last in either direction', () => {
    const titles = (descending: boolean) =>
      sortRows(rows, { column: 'completeness', descending }).map((candidate) => candidate.title);
    assert.deepEqual(titles(false), ['alpha', 'Delta', 'Beta', 'Gamma']);
    assert.deepEqual(titles(true), ['Beta', 'Delta', 'alpha', 'Gamma']);
  });

  it('sorts titles without regard to case', () => {
    assert.deepEqual(
      sortRows(rows, DEFAULT_VIEW.sort).map((candidate) => candidate.title),
      ['alpha', 'Beta', 'Delta', 'Gamma'],
    );
  });

  it('groups by country, documents without one last, each group headed with its count', () => {
    const { items, shown } = arrange(rows, { ...DEFAULT_VIEW, group: 'country' });
    assert.equal(shown, 4);
    assert.deepEqual(
      items.map((item) => (item.type === 'group' ? `[${item.key} ${item.count}]` : item.row.title)),
      ['[Chile 1]', 'alpha', '[Peru 2]', 'Beta', 'Delta', '[null 1]', 'Gamma'],
    );
  });

  it('exports the rows that pass the filter, in the order shown', () => {
    const view = parseView({
      filter: { year: '2023' },
      sort: { column: 'title', descending: true },
      group: 'x',
    });
    assert.equal(view.group, 'none');
    assert.deepEqual(
      visibleRows(rows, view).map((candidate) => candidate.title),
      ['Gamma', 'alpha'],
    );
  });
});

describe('the exported portfolio', () => {
  const pathOf = (uri: string) => uri.replace('file:///lab/', '');

  it('writes CSV that a spreadsheet reads as data, never as a formula', () => {
    const csv = portfolioCsv(
      [row({ title: '=HYPERLINK("http://evil","click")', methods: ['a, b', 'say "hi"'] })],
      labels,
      [{ number: 5, name: 'Gender Equality', colour: '#FF3A21' }],
      pathOf,
    );
    const [header, line] = csv.split('\r\n');
    assert.match(header!, /^File,Title,Type,Form,Edition,Country,Year,SDGs,Methods,Questions answered,/);
    assert.equal(
      line,
      `plan.md,"'=HYPERLINK(""http://evil"",""click"")",Learning plan,Plan form,,Peru,2023,5. Gender Equality,"a, b; say ""hi""",5,10,0,1,Ready for the platform,`,
    );
  });

  it('writes an XLSX workbook with the same cells, numbers as numbers and a formula as text', async () => {
    const bytes = await portfolioXlsx([row({ title: '=1+1' })], labels, [], pathOf);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    assert.ok(!/<f>/.test(sheet), 'no formula cell');
    assert.match(strings + sheet, /=1\+1/);
    assert.match(strings + sheet, /Questions answered/);
    assert.match(sheet, /<v>10<\/v>/);
  });

  it('writes one self-contained page: charts and table, values escaped, nothing fetched', async () => {
    const evil = row({ title: '<img src=x onerror=alert(1)>', country: '<script>alert(2)</script>' });
    const html = portfolioHtml([evil, row({})], [{ number: 5, name: 'Gender', colour: '#FF3A21' }], labels, {
      date: '29 November 2026',
      version: '0.1.0',
      pathOf,
    });
    assert.ok(!html.includes('<img'), 'no markup from a document');
    assert.ok(!html.includes('<script'));
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.ok(!/(src|href)=["']?(https?:)?\/\//i.test(html), 'no external resource');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.equal((html.match(/<svg /g) ?? []).length, 4);
    assert.match(html, /role="img" aria-labelledby="lp-chart-sdgs-title lp-chart-sdgs-desc"/);
    assert.match(html, /<th scope="col">Completeness<\/th>/);
  });
});

describe('chip colours', () => {
  it('picks black or white text by luminance, each at least 4.5:1 on every goal colour', async () => {
    const { goals } = await corpusPortfolio();
    for (const goal of goals) {
      const text = textColourOn(goal.colour);
      const ratio = contrastRatio(goal.colour, text);
      assert.ok(ratio >= 4.5, `SDG ${goal.number} ${goal.colour} with ${text}: ${ratio.toFixed(2)}`);
    }
    assert.equal(textColourOn('#FCC30B'), '#000000');
    assert.equal(textColourOn('#19486A'), '#ffffff');
  });
});

describe("the portfolio page's messages", () => {
  const shown = new Set(['file:///lab/a.md', 'file:///lab/b.md']);

  it('opens, edits and exports only what the table shows, in the declared shapes', () => {
    assert.deepEqual(parsePortfolioMessage({ type: 'open', uri: 'file:///lab/a.md', line: 3 }, shown), {
      type: 'open',
      uri: 'file:///lab/a.md',
      line: 3,
    });
    assert.equal(parsePortfolioMessage({ type: 'open', uri: 'file:///etc/passwd', line: 0 }, shown), null);
    assert.equal(parsePortfolioMessage({ type: 'open', uri: 'file:///lab/a.md', line: -1 }, shown), null);
    assert.equal(
      parsePortfolioMessage({ type: 'editTags', uris: ['file:///lab/a.md', 'file:///elsewhere.md'] }, shown),
      null,
    );
    assert.deepEqual(parsePortfolioMessage({ type: 'editTags', uris: ['file:///lab/b.md'] }, shown), {
      type: 'editTags',
      uris: ['file:///lab/b.md'],
    });
    assert.equal(parsePortfolioMessage({ type: 'export', format: 'pdf', view: {} }, shown), null);
    assert.deepEqual(
      parsePortfolioMessage({ type: 'export', format: 'csv', view: { filter: { sdg: '5' } } }, shown),
      {
        type: 'export',
        format: 'csv',
        view: { filter: {}, sort: { column: 'title', descending: false }, group: 'none' },
      },
    );
    assert.equal(parsePortfolioMessage({ type: 'run', command: 'rm -rf' }, shown), null);
    assert.equal(parsePortfolioMessage('ready', shown), null);
  });
});
