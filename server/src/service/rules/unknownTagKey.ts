import { memoize } from '../memo';
import type { DocKind } from '../model';
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
      const nearest = nearestKey(`${doc.kind}\u0000${key}`) || undefined;
      const message = tagKey(key)
        ? t('The key `{0}` is not used on documents of type {1}.', tag.key, doc.kind)
        : nearest
          ? t('Unknown tag key `{0}`. Did you mean `{1}`?', tag.key, nearest)
          : t('Unknown tag key `{0}`.', tag.key);
      report({ range: tag.keyRange, message });
    }
  },
};

/** The known key closest to an unknown one ('' when none is close), remembered per kind of document and key. */
const nearestKey = memoize((request: string): string => {
  const [kind = '', key = ''] = request.split('\u0000');
  let best = '';
  let bestScore = 0.6;
  for (const candidate of tagKeysFor(kind as DocKind).map((entry) => entry.key)) {
    const score = similarity(fold(key), fold(candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
});
