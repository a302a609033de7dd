import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';
import { tagKey, tagKeysFor } from '../vocab/tagKeys';
import type { Rule } from './types';

export const unknownTagKey: Rule = {
  id: 'LP003',
  name: 'unknown-tag-key',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: "A tag's key is not one the platform uses for this kind of document.",
  check({ doc, t, report }) {
    const known = tagKeysFor(doc.kind).map((entry) => entry.key);
    for (const tag of doc.tags) {
      const key = tag.key.toLowerCase();
      if (known.includes(key)) continue;
      const nearest = nearestKey(key, known);
      const message = tagKey(key)
        ? t('The key `{0}` is not used on documents of type {1}.', tag.key, doc.kind)
        : nearest
          ? t('Unknown tag key `{0}`. Did you mean `{1}`?', tag.key, nearest)
          : t('Unknown tag key `{0}`.', tag.key);
      report({ range: tag.keyRange, message });
    }
  },
};

function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0.6;
  for (const candidate of known) {
    const score = similarity(fold(key), fold(candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
