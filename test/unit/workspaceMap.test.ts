import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  applicableFilters,
  availableFacets,
  documentType,
  facetOptions,
  passesFilters,
  type FacetEntry,
} from '../../client/media/facets';
import { isActivation, moveStep } from '../../client/media/mapKeys';
import {
  answeredText,
  clusterName,
  countryList,
  entryName,
  formatCount,
  optionLabel,
  placeName,
  problemsText,
  readinessText,
} from '../../client/media/mapNames';
import { mapLabels } from '../../client/src/panels/mapLabels';
import type { MapEntry } from '../../client/src/panels/messages';
import { analyzeText, english, indexEntry, workspaceMap } from '../../server/src/service/internals';
import { corpusFolder, example } from '../support/corpus';
import { mapEntry } from '../support/mapEntry';

const LABELS = mapLabels('Map of the workspace', english, 'en');

const entry = mapEntry;

describe('workspace map filters', () => {
  const plan = entry();
  const closing = entry({ form: 'closing', year: '2024', sdgs: [5] });
  const experiment = entry({ kind: 'experiment', form: 'experiment', country: 'Chile', sdgs: [2, 10] });
  const entries: FacetEntry[] = [plan, closing, experiment];

  it('tells a plan form from a closing form, and names each type', () => {
    assert.equal(documentType(plan), 'plan');
    assert.equal(documentType(closing), 'closing');
    assert.equal(documentType({ kind: 'learningplan', form: null }), 'learningplan');
    assert.equal(documentType(experiment), 'experiment');
    assert.equal(documentType({ kind: 'other', form: null }), 'other');
    assert.equal(optionLabel('type', 'closing', LABELS), 'Closing form');
    assert.equal(optionLabel('type', 'plan', LABELS), 'Plan form');
  });

  it('keeps the documents that have every chosen value; an empty choice keeps all', () => {
    assert.deepEqual(
      entries.filter((item) => passesFilters(item, { type: 'closing' })),
      [closing],
    );
    assert.deepEqual(
      entries.filter((item) => passesFilters(item, { sdg: '5', year: '2023' })),
      [plan],
    );
    assert.equal(entries.filter((item) => passesFilters(item, { type: '', sdg: '' })).length, 3);
    assert.deepEqual(
      entries.filter((item) => passesFilters(item, { country: 'Chile' })),
      [experiment],
    );
  });

  it('offers each value with its count, in reading order, SDGs with their names', () => {
    assert.deepEqual(facetOptions(entries, 'type'), [
      { value: 'plan', count: 1 },
      { value: 'closing', count: 1 },
      { value: 'experiment', count: 1 },
    ]);
    assert.deepEqual(
      facetOptions(entries, 'sdg').map((option) => `${option.value}:${option.count}`),
      ['2:1', '5:2', '10:1', '11:1'],
    );
    assert.equal(optionLabel('sdg', '5', LABELS), '5. Gender Equality');
    assert.equal(optionLabel('sdg', '10', LABELS), '10. Reduced Inequalities');
  });

  it('drops a kept filter whose value no document has any more', () => {
    assert.deepEqual(applicableFilters(entries, { type: 'closing', year: '1999', sdg: '' }), {
      type: 'closing',
    });
    assert.deepEqual(applicableFilters(entries, { readiness: 'ready' }), {}, 'no document carries readiness');
  });

  it('offers readiness once the documents carry it', () => {
    assert.deepEqual(availableFacets(entries), ['type', 'year', 'country', 'sdg']);
    const rated = [...entries, { ...plan, readiness: { ready: false } }];
    assert.deepEqual(availableFacets(rated), ['type', 'year', 'country', 'sdg', 'readiness']);
    assert.equal(rated.filter((item) => passesFilters(item, { readiness: 'not-ready' })).length, 1);
  });
});

describe('workspace map names', () => {
  it('names a cluster by what it holds, where, and what activating it does', () => {
    const peru = [entry(), entry({ title: 'Second' }), entry({ title: 'Third' })];
    assert.equal(clusterName(peru, LABELS), '3 plans in Peru — show each');
    const spread = [entry(), entry({ lat: -12, lng: -77 })];
    assert.equal(clusterName(spread, LABELS), '2 plans in Peru — zoom in');
    const mixed = [entry(), entry({ form: 'closing', country: 'Chile', lat: -30 })];
    assert.equal(clusterName(mixed, LABELS), '2 documents in Chile and Peru — zoom in');
    const nowhere = [entry({ country: '' }), entry({ country: '' })];
    assert.equal(clusterName(nowhere, LABELS), '2 plans — show each');
  });

  it('lists at most two countries, then how many more', () => {
    assert.equal(countryList(['Bolivia', 'Chile', 'Peru', 'Ecuador'], LABELS), 'Bolivia, Chile, and 2 more');
    assert.equal(countryList(['Peru'], LABELS), 'Peru');
  });

  it('names a marker by title, type, country and year; a document without a title by its file', () => {
    assert.equal(entryName(entry(), LABELS), 'Waste pickers — Plan form, Peru, 2023');
    assert.equal(
      entryName(entry({ title: '  ', uri: 'file:///lab/sin%20t%C3%ADtulo.md', year: null }), LABELS),
      'Untitled (sin título.md) — Plan form, Peru',
    );
  });

  it('says how complete a document is, its problems and readiness when known', () => {
    assert.equal(answeredText(entry(), LABELS), '12 of 17 questions answered');
    assert.equal(problemsText({ errors: 2, warnings: 1 }, LABELS), '2 errors, 1 warning');
    assert.equal(problemsText({ errors: 0, warnings: 0 }, LABELS), 'No problems');
    assert.equal(readinessText({ ready: true, blockers: [] }, LABELS), 'Ready for the platform');
    assert.equal(
      readinessText({ ready: false, blockers: ['a focal point', 'the SDGs'] }, LABELS),
      'Not ready: a focal point; the SDGs',
    );
  });

  it('names a location of the document map, and one outside its country', () => {
    const place = { lat: -16.29, lng: -63.59, line: 7, country: 'Bolivia', inside: true };
    assert.equal(placeName(place, LABELS), 'Bolivia, at -16.2900, -63.5900');
    assert.equal(
      placeName({ ...place, inside: false }, LABELS),
      'Bolivia, at -16.2900, -63.5900, outside the country',
    );
    assert.equal(placeName({ ...place, country: '' }, LABELS), 'Location at -16.2900, -63.5900');
  });

  it('counts in the plural the display language uses', () => {
    assert.equal(formatCount(LABELS.counts.plan, 1, 'en'), '1 plan');
    assert.equal(formatCount(LABELS.counts.plan, 1234, 'en'), '1,234 plans');
    const french = { one: '{0} plan', other: '{0} plans' };
    assert.equal(formatCount(french, 0, 'fr'), '0 plan', 'French counts zero in the singular');
  });

  it('gives the goals their names in the display language', () => {
    const spanish = mapLabels('Mapa', english, 'es');
    assert.equal(spanish.sdgNames['5'], 'Igualdad de género');
    assert.equal(
      mapLabels('Carte', english, 'fr-ca').sdgNames['13'],
      'Mesures relatives à la lutte contre les changements climatiques',
    );
    assert.equal(LABELS.sdgNames['5'], 'Gender Equality');
  });
});

describe('workspace map entries', () => {
  it('carries the form and completeness of each document, and one marker per distinct place', () => {
    const solution = [
      '# A solution',
      '[[type:solution]]',
      '[[country:Peru]]',
      '[[latlng:-9.15,-74.38]]',
      '[[country:Peru]]',
      '[[latlng:-9.15,-74.38]]',
      '[[country:Chile]]',
      '[[latlng:-35.6,-71.5]]',
    ].join('\n');
    const entries = workspaceMap([indexEntry('file:///s.md', analyzeText(solution))]);
    assert.deepEqual(
      entries.map((item) => item.country),
      ['Peru', 'Chile'],
    );
    const plan = workspaceMap([
      indexEntry(pathToFileURL(example('001').path).href, analyzeText(example('001').text)),
    ]);
    assert.equal(plan.length, 1);
    assert.equal(plan[0]!.form, 'plan');
    assert.deepEqual([plan[0]!.answered, plan[0]!.total], [21, 21]);
    assert.equal(plan[0]!.problems, undefined);
  });

  it('passes the problems and readiness through when the index has them', () => {
    const base = indexEntry('file:///p.md', analyzeText(example('001').text));
    const [withData] = workspaceMap([
      {
        ...base,
        problems: { error: 1, warning: 0, information: 2, hint: 0 },
        readiness: {
          applies: true,
          ready: false,
          blockers: [{ kind: 'error', subject: 'LP001', line: 3, message: 'x' }],
        },
      },
    ]);
    assert.deepEqual(withData!.problems, { errors: 1, warnings: 0 });
    assert.deepEqual(withData!.readiness, { ready: false, blockers: ['x'] });
  });

  it('puts the plans of the corpus sample that share a country on one point', () => {
    const plans = corpusFolder('learningplan').map((file) =>
      indexEntry(pathToFileURL(file.path).href, analyzeText(file.text)),
    );
    const entries = workspaceMap(plans);
    const byPoint = new Map<string, MapEntry[]>();
    for (const item of entries)
      byPoint.set(`${item.lat},${item.lng}`, [...(byPoint.get(`${item.lat},${item.lng}`) ?? []), item]);
    const shared = [...byPoint.values()].find((group) => group.length > 1)!;
    assert.ok(shared, 'two plans of one country share a point');
    assert.match(clusterName(shared, LABELS), / — show each$/);
    assert.ok(
      entries.some((item) => item.form === 'closing') && entries.some((item) => item.form === 'plan'),
    );
  });
});

describe('map keys', () => {
  const key = (
    name: string,
    modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) => ({
    key: name,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('activates markers on Enter and Space, not with a modifier', () => {
    assert.ok(isActivation(key('Enter')));
    assert.ok(isActivation(key(' ')));
    assert.ok(!isActivation(key('Enter', { ctrlKey: true })));
    assert.ok(!isActivation(key('a')));
  });

  it('moves a marker with Shift and an arrow key only', () => {
    assert.deepEqual(moveStep(key('ArrowLeft', { shiftKey: true })), { x: -1, y: 0 });
    assert.deepEqual(moveStep(key('ArrowUp', { shiftKey: true })), { x: 0, y: -1 });
    assert.equal(moveStep(key('ArrowLeft')), null, 'plain arrows pan the map');
    assert.equal(
      moveStep(key('ArrowLeft', { shiftKey: true, altKey: true })),
      null,
      "Alt+arrow is the browser's",
    );
    assert.equal(moveStep(key('Enter', { shiftKey: true })), null);
  });
});
