import { memoize } from '../memo';
import type { ParsedDocument, Tag } from '../model';
import { dominantEol } from '../text/eol';
import { methodVocabulary } from '../vocab/methods';
import { fold } from '../vocab/normalize';
import { knownOpenValue, openValues } from '../vocab/openVocabularies';
import { sdgVocabulary } from '../vocab/sdgs';
import { similarity } from '../vocab/similarity';
import type { Rule, TextEdit } from './types';

/** Keys with one value per line, whose values authors sometimes list on one line. */
const LIST_KEYS: ReadonlySet<string> = new Set(['sdgs', 'methods', 'datasources', 'thematic_areas']);
/** A value of an open list counts as known once several documents use it. */
const KNOWN_USES = 3;

/** The values a tag lists: split at commas and semicolons, a leading "and" dropped. */
function parts(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim().replace(/^(?:and|y|et|e)\s+/i, ''))
    .filter((part) => part !== '');
}

const isKnownPart = memoize((keyAndPart: string): boolean => {
  const [key = '', part = ''] = keyAndPart.split('\u0000');
  if (key === 'sdgs') return sdgVocabulary.lookup(part) !== undefined;
  if (key === 'methods')
    return methodVocabulary.lookup(part) !== undefined || methodVocabulary.suggest(part, 1, 0.85).length > 0;
  if ((knownOpenValue(key, part)?.count ?? 0) >= KNOWN_USES) return true;
  const folded = fold(part);
  return openValues(key).some(
    (known) => known.count >= KNOWN_USES && similarity(folded, fold(known.value), 0.88) >= 0.88,
  );
});

/** Per open key, the folded values that some document writes without a comma: "covid-19 response". */
const ONE_VALUE_SPELLINGS = new Map<string, Set<string>>();

function writtenAsOneValue(key: string, value: string): boolean {
  let spellings = ONE_VALUE_SPELLINGS.get(key);
  if (!spellings) {
    spellings = new Set(
      openValues(key).flatMap((known) => (/[,;]/.test(known.value) ? [] : [fold(known.value)])),
    );
    ONE_VALUE_SPELLINGS.set(key, spellings);
  }
  return spellings.has(fold(value));
}

/**
 * The values a tag packs together, or null: two known values at least, in short parts, and not a known value
 * itself ("9. Industry, innovation and infrastructure"; "micro, small, medium enterprises" has no known part;
 * "covid-19 , response" is written "covid-19 response" elsewhere).
 */
export function packedValues(key: string, value: string): string[] | null {
  if (!LIST_KEYS.has(key) || !/[,;]/.test(value)) return null;
  if (key === 'sdgs' && sdgVocabulary.lookup(value)) return null;
  if (key === 'methods' && methodVocabulary.lookup(value)) return null;
  // "covid-19 , response" is "covid-19 response" with a stray comma, as other documents write it.
  if (writtenAsOneValue(key, value)) return null;
  const listed = parts(value);
  if (listed.length < 2 || listed.length > 6 || listed.some((part) => part.split(/\s+/).length > 5))
    return null;
  const known = listed.filter((part) => isKnownPart(`${key}\u0000${part}`)).length;
  return known >= 2 ? listed : null;
}

function splitEdit(doc: ParsedDocument, tag: Tag, values: readonly string[]): TextEdit {
  return {
    range: tag.range,
    newText: values.map((value) => `[[${tag.key}:${value}]]`).join(dominantEol(doc)),
  };
}

export const packedValuesRule: Rule = {
  id: 'LP019',
  name: 'packed-values',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'Several values are packed into one tag, where the platform takes one value per tag.',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      const values = packedValues(tag.key.toLowerCase(), tag.value);
      if (!values) continue;
      const alone = !doc.malformedTags.some((problem) => problem.line === tag.line);
      report({
        range: tag.valueRange,
        message: t(
          'This tag packs {0} values ({1}): the platform reads one value per tag, so give each its own line.',
          values.length,
          values.map((value) => `"${value}"`).join(', '),
        ),
        fixes: alone
          ? [{ title: t('Give each value its own tag'), edits: [splitEdit(doc, tag, values)] }]
          : [],
      });
    }
  },
};
