import { TAG_KEYS } from '../vocab/tagKeys';
import { brokenTagKeys, documentAnchor, tagsWithKey } from './anchors';
import type { Rule } from './types';

export const requiredTag: Rule = {
  id: 'LP009',
  name: 'required-tag',
  defaultSeverity: 'error',
  kinds: ['learningplan', 'experiment'],
  description: 'A tag the platform requires (focal_point, year, type, country, latlng) is missing.',
  check({ doc, t, report }) {
    const anchor = documentAnchor(doc);
    const broken = brokenTagKeys(doc);
    for (const entry of TAG_KEYS) {
      if (!entry.requiredOn.includes(doc.kind)) continue;
      if (tagsWithKey(doc, entry.key).length > 0 || broken.has(entry.key)) continue;
      report({ range: anchor, message: t('The required tag `[[{0}:…]]` is missing.', entry.key) });
    }
  },
};
