import type { DocKind } from '../model';

export interface TagKey {
  key: string;
  description: string;
  /** Kinds of document that carry this key. */
  kinds: readonly DocKind[];
  /** Keys that may appear on several lines (one value per line); the experiment form's checkboxes allowed several too. */
  repeatable: boolean;
  /** Kinds on which the key is required. */
  requiredOn: readonly DocKind[];
}

const PLAN_FAMILY: readonly DocKind[] = ['learningplan', 'experiment', 'solution'];
const PLANS_AND_EXPERIMENTS: readonly DocKind[] = ['learningplan', 'experiment'];
const EXPERIMENT: readonly DocKind[] = ['experiment'];

/** The tag keys of archive pages, per kind of document (FORMAT.md §1, observed-tag-values.json). */
export const TAG_KEYS: readonly TagKey[] = [
  {
    key: 'focal_point',
    description: "The focal point's e-mail address.",
    kinds: PLAN_FAMILY,
    repeatable: false,
    requiredOn: PLANS_AND_EXPERIMENTS,
  },
  {
    key: 'year',
    description: 'The year of the document.',
    kinds: PLAN_FAMILY,
    repeatable: false,
    requiredOn: PLANS_AND_EXPERIMENTS,
  },
  {
    key: 'type',
    description: 'The kind of document: learningplan, experiment or solution.',
    kinds: PLAN_FAMILY,
    repeatable: false,
    requiredOn: PLANS_AND_EXPERIMENTS,
  },
  {
    key: 'country',
    description: 'The country, as the platform names it.',
    kinds: PLAN_FAMILY,
    repeatable: false,
    requiredOn: PLANS_AND_EXPERIMENTS,
  },
  {
    key: 'latlng',
    description: 'The location as "latitude,longitude" in decimal degrees.',
    kinds: PLAN_FAMILY,
    repeatable: false,
    requiredOn: PLANS_AND_EXPERIMENTS,
  },
  {
    key: 'methods',
    description: 'An innovation method used (one per line).',
    kinds: PLANS_AND_EXPERIMENTS,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'sdgs',
    description: 'A Sustainable Development Goal addressed (one per line).',
    kinds: PLAN_FAMILY,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'datasources',
    description: 'A source of data used (one per line; open list).',
    kinds: PLANS_AND_EXPERIMENTS,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'thematic_areas',
    description: 'A thematic area (one per line; open list).',
    kinds: PLAN_FAMILY,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'gender',
    description: "The innovator's gender.",
    kinds: ['solution'],
    repeatable: false,
    requiredOn: [],
  },
  {
    key: 'consent',
    description: 'A link to the consent form or source.',
    kinds: ['solution'],
    repeatable: false,
    requiredOn: [],
  },
  {
    key: 'experiment_status',
    description: 'Where the experiment stands.',
    kinds: EXPERIMENT,
    repeatable: false,
    requiredOn: [],
  },
  {
    key: 'experiment_type',
    description: 'The kind of experiment.',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'control_group',
    description: 'Whether the experiment uses a control group.',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'assignment_type',
    description: 'How participants were assigned.',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'sample_size',
    description: 'The size of the sample.',
    kinds: EXPERIMENT,
    // A checklist on the platform: an experiment with several groups ticks several sizes.
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'total_cost',
    description: 'What the experiment cost.',
    kinds: EXPERIMENT,
    repeatable: false,
    requiredOn: [],
  },
  {
    key: 'scaling',
    description: 'What the experiment led to (one per line).',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'partnering_sector',
    description: 'A sector partnered with (one per line).',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
  {
    key: 'quality_check',
    description: 'A quality criterion the experiment meets (one per line).',
    kinds: EXPERIMENT,
    repeatable: true,
    requiredOn: [],
  },
];

const BY_KEY = new Map(TAG_KEYS.map((tagKey) => [tagKey.key, tagKey]));

export function tagKey(key: string): TagKey | undefined {
  return BY_KEY.get(key);
}

const BY_KIND = new Map<DocKind, TagKey[]>();

export function tagKeysFor(kind: DocKind): TagKey[] {
  let keys = BY_KIND.get(kind);
  if (!keys) {
    keys = TAG_KEYS.filter((tagKey) => tagKey.kinds.includes(kind));
    BY_KIND.set(kind, keys);
  }
  return keys;
}
