import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facetsAsFilter } from '../../client/media/facets';
import { filterSummary } from '../../client/src/panels/mapLabels';
import { parseMapMessage, type MapEntry } from '../../client/src/panels/messages';
import {
  filterMapEntries,
  filterRows,
  mapEntrySubject,
  type PortfolioFilter,
} from '../../server/src/portfolio/filter';
import { portfolioLabels } from '../../server/src/portfolio/labels';
import { english } from '../../server/src/service/internals';
import { corpusService } from '../support/corpus';
import { mapEntry } from '../support/mapEntry';

const t = english;

/** A point of a plan that names a method. */
const entry = (overrides: Partial<MapEntry> = {}): MapEntry =>
  mapEntry({ methods: ['Ethnography'], ...overrides });

/** The corpus sample read as the extension reads it for the portfolio and for a map filtered by readiness. */
async function corpusWorkspace() {
  const service = await corpusService();
  const { rows } = await service.portfolio();
  return { rows, entries: await service.workspaceMap({ checked: true }) };
}

describe("the portfolio's filter on the workspace map", () => {
  it('keeps, of the corpus sample, the points of exactly the documents the portfolio keeps', async () => {
    const { rows, entries } = await corpusWorkspace();
    const located = new Set(entries.map((item) => item.uri));
    assert.ok(located.size > 50, `${located.size} documents on the map`);
    const withMethod = rows.find((row) => row.methods.length > 0 && located.has(row.uri))!;
    const withCountry = rows.find((row) => row.country !== null && located.has(row.uri))!;
    const filters: PortfolioFilter[] = [
      { sdg: 5 },
      { sdg: 13, kind: 'solution' },
      { form: 'closing' },
      { country: withCountry.country! },
      { method: withMethod.methods[0]! },
      { year: '2021' },
      { readiness: 'ready' },
      { readiness: 'blocked' },
      { readiness: 'none' },
      { text: 'water' },
    ];
    for (const filter of filters) {
      const expected = new Set(
        filterRows(rows, filter)
          .map((row) => row.uri)
          .filter((uri) => located.has(uri)),
      );
      const shown = filterMapEntries(entries, filter);
      assert.deepEqual(new Set(shown.map((item) => item.uri)), expected, JSON.stringify(filter));
      assert.ok(expected.size > 0 || filter.readiness !== undefined, `${JSON.stringify(filter)} keeps some`);
    }
    assert.equal(filterMapEntries(entries, {}).length, entries.length, 'no filter keeps every point');
  });

  it("keeps or drops all of a document's points, by its own country rather than each place's", () => {
    const peru = entry();
    const inChile = entry({ country: 'Chile', lat: -35.6, lng: -71.5, line: 9 });
    const other = entry({
      uri: 'file:///lab/chile.md',
      title: 'Fog catchers',
      country: 'Chile',
      documentCountry: 'Chile',
      sdgs: [2],
    });
    assert.deepEqual(filterMapEntries([peru, inChile, other], { country: 'Peru' }), [peru, inChile]);
    assert.deepEqual(filterMapEntries([peru, inChile, other], { sdg: 2 }), [other]);
    assert.deepEqual(filterMapEntries([peru, inChile, other], { method: 'Ethnography', sdg: 11 }), [
      peru,
      inChile,
    ]);
    assert.deepEqual(filterMapEntries([peru, other], { text: 'waste PICKERS' }), [peru]);
  });

  it('reads readiness only of checked documents: unknown readiness passes no filter by readiness', () => {
    const unchecked = entry();
    const none = entry({ uri: 'file:///lab/none.md', problems: { errors: 0, warnings: 0 } });
    const ready = entry({
      uri: 'file:///lab/ready.md',
      problems: { errors: 0, warnings: 1 },
      readiness: { ready: true, blockers: [] },
    });
    const blocked = entry({
      uri: 'file:///lab/blocked.md',
      problems: { errors: 2, warnings: 0 },
      readiness: { ready: false, blockers: ['x'] },
    });
    assert.equal(mapEntrySubject(unchecked).readiness, undefined);
    assert.deepEqual(
      [none, ready, blocked].map((item) => mapEntrySubject(item).readiness),
      ['none', 'ready', 'blocked'],
    );
    assert.deepEqual(filterMapEntries([unchecked, none], { readiness: 'none' }), [none]);
  });

  it("says the filter in words, with the portfolio's names of types and verdicts", () => {
    const labels = portfolioLabels(english, 'en');
    assert.equal(filterSummary({}, t, labels), '');
    assert.equal(filterSummary({ sdg: 5 }, t, labels), 'Filtered: SDG 5');
    assert.equal(
      filterSummary(
        { form: 'plan', sdg: 5, country: 'Peru', year: '2023', readiness: 'blocked', text: ' water ' },
        t,
        labels,
      ),
      'Filtered: Plan form · SDG 5 · Peru · 2023 · Not ready · Search: “water”',
    );
  });

  it("opens the portfolio with the map's menus where the portfolio has the same filter", () => {
    assert.deepEqual(facetsAsFilter({}), {});
    assert.deepEqual(facetsAsFilter({ type: 'closing', sdg: '5', year: '2022', readiness: 'not-ready' }), {
      form: 'closing',
      sdg: 5,
      year: '2022',
      readiness: 'blocked',
    });
    assert.deepEqual(facetsAsFilter({ type: 'experiment', country: 'Peru', readiness: 'ready' }), {
      kind: 'experiment',
      country: 'Peru',
      readiness: 'ready',
    });
    assert.deepEqual(facetsAsFilter({ type: 'other', sdg: '' }), {});
  });

  it("checks the page's requests: a filter is kept only as far as it is a filter", () => {
    assert.deepEqual(parseMapMessage({ type: 'clearFilter' }), { type: 'clearFilter' });
    assert.deepEqual(
      parseMapMessage({ type: 'openPortfolio', filter: { sdg: 5, country: 3, kind: 'x'.repeat(500) } }),
      { type: 'openPortfolio', filter: { sdg: 5 } },
    );
    assert.deepEqual(parseMapMessage({ type: 'openPortfolio' }), { type: 'openPortfolio', filter: {} });
  });
});
