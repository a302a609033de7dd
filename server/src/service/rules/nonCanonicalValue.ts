import { countryVocabulary } from '../vocab/countries';
import { enumVocabulary, ENUM_KEYS } from '../vocab/enums';
import { toolkitVocabulary } from '../vocab/toolkit';
import { methodVocabulary } from '../vocab/methods';
import { fold } from '../vocab/normalize';
import { sdgVocabulary } from '../vocab/sdgs';
import type { VocabEntry, Vocabulary } from '../vocab/vocabulary';
import type { Rule } from './types';

/** By tag key: a map, since a document's key may be any word (`constructor`). */
const VOCABULARIES: ReadonlyMap<string, Vocabulary<VocabEntry>> = new Map<string, Vocabulary<VocabEntry>>([
  ['sdgs', sdgVocabulary],
  ['methods', methodVocabulary],
  ['country', countryVocabulary],
  ...ENUM_KEYS.map((key) => [key, enumVocabulary(key)!] as const),
]);

/** `5`, `SDG 5` or `Gender Equality` name goal 5 well enough; the platform writes `5. Gender equality`. */
export const nonCanonicalValue: Rule = {
  id: 'LP015',
  name: 'non-canonical-value',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution', 'toolkit'],
  description:
    'A value names a known entry in another spelling than the platform writes, or is an answer of an earlier version of the form.',
  check({ doc, t, report }) {
    const values = [
      ...doc.tags.map((tag) => ({
        vocabulary: VOCABULARIES.get(tag.key.toLowerCase()),
        value: tag.value,
        range: tag.valueRange,
      })),
      ...(doc.frontMatter?.entries ?? []).flatMap((entry) =>
        (entry.items ?? []).map((item) => ({
          vocabulary: toolkitVocabulary(entry.key),
          value: item.value,
          range: item.range,
        })),
      ),
    ];
    for (const { vocabulary, value, range } of values) {
      const match = vocabulary?.lookup(value);
      if (!match || match.exact) continue;
      const canonical = match.entry.canonical;
      const outdated = match.entry.outdated?.includes(value) ?? false;
      // "Fix all" changes a spelling, never an earlier answer into another one.
      const sameAnswer = fold(value) === fold(canonical) || !outdated;
      report({
        range,
        message: outdated
          ? t(
              '"{0}" is an answer of an earlier version of the form; the platform now offers "{1}".',
              value,
              canonical,
            )
          : t('"{0}" is written "{1}" on the platform.', value, canonical),
        fixes: [
          {
            title: t('Change to "{0}"', canonical),
            edits: [{ range, newText: canonical }],
            preferred: sameAnswer,
          },
        ],
      });
    }
  },
};
