import type { ParsedDocument } from '../model';
import { TAG_KEYS } from '../vocab/tagKeys';
import { documentAnchor, tagsWithKey } from './anchors';
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

/**
 * The keys of the lines that try to be a tag and are broken (`[[year:2022`): the tag is there, and the finding on
 * its line says how to mend it; "missing" would send the author looking for it.
 */
function brokenTagKeys(doc: ParsedDocument): Set<string> {
  const keys = new Set<string>();
  for (const broken of doc.malformedTags) {
    const key = /^\s*\[\[?\s*([A-Za-z_]+)\s*:/.exec(doc.lines[broken.line] ?? '')?.[1];
    if (key) keys.add(key.toLowerCase());
  }
  return keys;
}
