import type { Tag } from '../model';
import { memoize } from '../memo';
import { fold } from '../vocab/normalize';
import { knownOpenValue, openValues, OPEN_KEYS } from '../vocab/openVocabularies';
import { tagPlace } from './related';
import type { Rule } from './types';

/** Spellings of one value read alike: case, hyphens, spacing and plural endings do not count. */
const signature = memoize((value: string) =>
  fold(value)
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(''),
);

/** Spellings worth recommending: no doubled spaces or stray spaces before commas. */
function isClean(value: string): boolean {
  return !/\s{2}|\s,/.test(value) && value.trim() === value;
}

/** Per key and signature, the known spellings, most used first (the open lists come sorted by use). */
const SPELLINGS = new Map<string, Map<string, string[]>>(
  OPEN_KEYS.map((key) => {
    const bySignature = new Map<string, string[]>();
    for (const { value } of openValues(key)) {
      const list = bySignature.get(signature(value)) ?? [];
      list.push(value);
      bySignature.set(signature(value), list);
    }
    return [key, bySignature];
  }),
);

/**
 * The spelling to recommend instead of a value: the most used clean spelling that keeps the value's words apart
 * ("digital agriculture" is not to become "digitalagriculture").
 */
function recommended(key: string, value: string): string | undefined {
  const words = fold(value).split(' ').length;
  return SPELLINGS.get(key)
    ?.get(signature(value))
    ?.find((candidate) => isClean(candidate) && fold(candidate).split(' ').length >= words);
}

export const openVocabularyNearDuplicate: Rule = {
  id: 'LP014',
  name: 'open-vocabulary-near-duplicate',
  defaultSeverity: 'hint',
  kinds: ['learningplan', 'experiment', 'solution'],
  description:
    'A datasources or thematic_areas value is another spelling of a more common value (survey / surveys).',
  check({ doc, t, report }) {
    const seen = new Map<string, Tag>();
    for (const tag of doc.tags) {
      const key = tag.key.toLowerCase();
      if (!SPELLINGS.has(key) || tag.value === '') continue;
      const sig = `${key}\u0000${signature(tag.value)}`;
      const earlier = seen.get(sig);
      const preferred = recommended(key, tag.value);
      if (preferred !== undefined && preferred !== tag.value && knownOpenValue(key, preferred)) {
        report({
          range: tag.valueRange,
          message: t(
            '"{0}" is another spelling of "{1}": one spelling lets filters find them together.',
            tag.value,
            preferred,
          ),
          fixes: [
            {
              title: t('Change to "{0}"', preferred),
              edits: [{ range: tag.valueRange, newText: preferred }],
            },
          ],
        });
      } else if (earlier && earlier.value !== tag.value) {
        report({
          range: tag.valueRange,
          message: t(
            '"{0}" repeats "{1}" (line {2}) in another spelling.',
            tag.value,
            earlier.value,
            earlier.line + 1,
          ),
          related: [tagPlace(earlier)],
        });
      }
      if (!earlier) seen.set(sig, tag);
    }
  },
};
