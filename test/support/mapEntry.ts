import type { MapEntry } from '../../client/src/panels/messages';

/** A workspace map's point of a learning plan in Peru; what a test cares about is given in `overrides`. */
export function mapEntry(overrides: Partial<MapEntry> = {}): MapEntry {
  return {
    uri: 'file:///lab/peru-plan.md',
    title: 'Waste pickers',
    kind: 'learningplan',
    form: 'plan',
    year: '2023',
    country: 'Peru',
    documentCountry: 'Peru',
    sdgs: [5, 11],
    methods: [],
    lat: -9.15,
    lng: -74.38,
    line: 6,
    answered: 12,
    total: 17,
    ...overrides,
  };
}
