import type { Tag } from '../model';
import {
  knownOpenValue,
  openSignature as signature,
  OPEN_KEYS,
  recommendedSpelling as recommended,
} from '../vocab/openVocabularies';
import { tagPlace } from './related';
import type { Rule } from './types';

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
      if (!OPEN_KEYS.includes(key) || tag.value === '') continue;
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
