import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, analyzeText, resolveSettings } from '../../server/src/service/internals';
import { countryAt, distanceToCountryKm, isInsideCountry } from '../../server/src/service/geo/borders';
import { parseLatLng } from '../../server/src/service/geo/latlng';
import { COUNTRIES, resolveCountry } from '../../server/src/service/vocab/countries';
import { corpusFolder, example } from '../support/corpus';

const settings = resolveSettings({}, { currentYear: 2026 });
const country = (name: string) => resolveCountry(name)!.country;
const HEADER = '# Mi Barrio\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n';

function findings(text: string, rule: string) {
  return checkText(text, settings).findings.filter((f) => f.rule === rule);
}

describe('country borders', () => {
  it('places points in their countries', () => {
    assert.equal(countryAt({ lat: -16.7068768105592, lng: -64.68475372880839 })?.canonical, 'Bolivia');
    assert.equal(countryAt({ lat: -9.154388480752162, lng: -74.37806457210715 })?.canonical, 'Peru');
    assert.equal(countryAt({ lat: 64.5, lng: 100 })?.canonical, 'Russia');
    assert.equal(countryAt({ lat: 0, lng: 0 }), undefined);
  });

  it('measures how far outside a point lies', () => {
    const distance = distanceToCountryKm(country('Peru'), { lat: -16.7, lng: -64.7 })!;
    assert.ok(distance > 300 && distance < 700, `${distance}`);
    assert.equal(distanceToCountryKm(country('Bolivia'), { lat: -16.7, lng: -64.7 }), 0);
  });

  it('every country with borders contains its own representative point', () => {
    for (const entry of COUNTRIES().filter((c) => c.hasBorders))
      assert.equal(distanceToCountryKm(entry, entry.point!), 0, entry.canonical);
  });

  it('every location in the corpus sample and the seeds lies in its named country', () => {
    const files = [
      ...['learningplan', 'experiment', 'solution'].flatMap(corpusFolder),
      example('000'),
      example('001'),
      example('002'),
      example('003'),
    ];
    let pairs = 0;
    for (const file of files) {
      const { doc } = analyzeText(file.text);
      const countries = doc.tags.filter((tag) => tag.key === 'country');
      const latlngs = doc.tags.filter((tag) => tag.key === 'latlng');
      countries.forEach((tag, index) => {
        const point = parseLatLng(latlngs[index]?.value ?? '');
        const resolved = resolveCountry(tag.value);
        if (!point || !resolved) return;
        pairs++;
        assert.notEqual(
          isInsideCountry(resolved.country, point),
          false,
          `${file.path}: ${tag.value} ${latlngs[index]?.value}`,
        );
      });
    }
    assert.ok(pairs > 350);
  });

  it('stays silent for territories without borders at this scale', () => {
    assert.equal(isInsideCountry(country('Tuvalu'), { lat: -8.52, lng: 179.2 }), undefined);
  });
});

describe('geography rules', () => {
  it('LP022 flags 0,0 and Null Island', () => {
    assert.equal(findings(HEADER + '[[country:Null Island]]\n[[latlng:0,0]]\n', 'LP022').length, 2);
    assert.equal(findings(HEADER + '[[country:Null Island]]\n[[latlng:0,0]]\n', 'LP024').length, 0);
    const undefinedCountry = HEADER + '[[country:Undefined Country]]\n[[latlng:0,0]]\n';
    assert.deepEqual(
      findings(undefinedCountry, 'LP022').map((f) => f.message.slice(0, 45)),
      ['"Undefined Country" is what the platform call', '0,0 is the placeholder location 0,0 in the Gu'],
    );
    assert.deepEqual(findings(undefinedCountry, 'LP012'), [], 'a placeholder, not an unknown country');
  });

  it('LP023 detects swapped coordinates and swaps them back', () => {
    const [finding] = findings(
      HEADER + '[[country:Bolivia]]\n[[latlng:-64.68475372880839,-16.7068768105592]]\n',
      'LP023',
    );
    assert.equal(finding?.fixes?.[0]?.edits[0]?.newText, '-16.7068768105592,-64.68475372880839');
    assert.deepEqual(finding?.range, { start: { line: 5, character: 9 }, end: { line: 5, character: 45 } });
    assert.equal(
      findings(HEADER + '[[country:Bolivia]]\n[[latlng:-64.68475372880839,-16.7068768105592]]\n', 'LP024')
        .length,
      0,
    );
  });

  it('LP024 gives the distance and the country the point is in', () => {
    const [finding] = findings(
      HEADER + '[[country:Peru]]\n[[latlng:-16.7068768105592,-64.68475372880839]]\n',
      'LP024',
    );
    assert.match(finding!.message, /lies in Bolivia, \d+ km outside Peru\./);
  });

  it("LP024 accepts a region as its country and the platform's own centre of an archipelago", () => {
    assert.equal(findings(HEADER + '[[country:England]]\n[[latlng:52.35,-1.17]]\n', 'LP024').length, 0);
    assert.equal(
      findings(HEADER + '[[country:Fiji]]\n[[latlng:-17.44756195212767,163.40786559316325]]\n', 'LP024')
        .length,
      0,
    );
  });

  it('pairs each country of a solution with its own latlng', () => {
    const text =
      '# S\n[[type:solution]]\n[[country:Peru]]\n[[latlng:-9.15,-74.37]]\n[[country:Bolivia]]\n[[latlng:-9.15,-74.37]]\n';
    const [finding] = findings(text, 'LP024');
    assert.equal(finding?.range.start.line, 5);
  });
});
