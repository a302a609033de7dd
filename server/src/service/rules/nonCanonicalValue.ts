import { countryVocabulary } from '../vocab/countries';
import { methodVocabulary } from '../vocab/methods';
import { sdgVocabulary } from '../vocab/sdgs';
import type { VocabEntry, Vocabulary } from '../vocab/vocabulary';
import type { Rule } from './types';

const VOCABULARIES: Readonly<Record<string, Vocabulary<VocabEntry>>> = {
  sdgs: sdgVocabulary,
  methods: methodVocabulary,
  country: countryVocabulary,
};

/** `5`, `SDG 5` or `Gender Equality` name goal 5 well enough; the platform writes `5. Gender equality`. */
export const nonCanonicalValue: Rule = {
  id: 'LP015',
  name: 'non-canonical-value',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A value names a known entry in another spelling than the platform writes.',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      const vocabulary = VOCABULARIES[tag.key.toLowerCase()];
      const match = vocabulary?.lookup(tag.value);
      if (!match || match.exact) continue;
      const canonical = match.entry.canonical;
      report({
        range: tag.valueRange,
        message: t('"{0}" is written "{1}" on the platform.', tag.value, canonical),
        fixes: [
          {
            title: t('Change to "{0}"', canonical),
            edits: [{ range: tag.valueRange, newText: canonical }],
            preferred: true,
          },
        ],
      });
    }
  },
};
