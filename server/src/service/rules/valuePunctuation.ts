import type { Rule } from './types';

/** Keys whose values have rules of their own for their form (a date, an address, a location, a link). */
const OWN_FORMAT: ReadonlySet<string> = new Set(['year', 'type', 'focal_point', 'latlng', 'consent']);
const LEADING = /^[-–—•*,;:./&]+\s*/;
const TRAILING = /\s*[-–—,;:/&.]+$/;
/** A final dot that belongs to the last word: "U.S.", "etc.", "Inc.". */
const ABBREVIATION = /(?:\b\p{L}\.\p{L}\.|\b(?:etc|inc|ltd|co|st|dr|mr|ms)\.)$/iu;

const LEADING_CHARS = '-–—•*,;:./&';
const TRAILING_CHARS = '-–—,;:/&.';

/** The value without stray punctuation at either end, or null when it has none. */
export function trimmedValue(value: string): string | null {
  // Most values neither start nor end with punctuation: nothing to look at.
  if (!LEADING_CHARS.includes(value.charAt(0)) && !TRAILING_CHARS.includes(value.charAt(value.length - 1)))
    return null;
  // A final dot ends a sentence pasted as a value: the sentence, not its dot, is what is wrong there.
  const sentence = value.endsWith('.') && value.split(/\s+/).length > 5;
  // The last six characters hold any abbreviation and the character before it, for its word boundary.
  const trailing = ABBREVIATION.test(value.slice(-6)) || sentence ? value : value.replace(TRAILING, '');
  const trimmed = trailing.replace(LEADING, '');
  return trimmed !== value && trimmed !== '' ? trimmed : null;
}

export const valuePunctuation: Rule = {
  id: 'LP033',
  name: 'value-punctuation',
  defaultSeverity: 'warning',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A tag value starts or ends with stray punctuation (`[[datasources:tracking data,]]`).',
  check({ doc, t, report }) {
    for (const tag of doc.tags) {
      if (OWN_FORMAT.has(tag.key.toLowerCase())) continue;
      const trimmed = trimmedValue(tag.value);
      if (trimmed === null) continue;
      report({
        range: tag.valueRange,
        message: t(
          '"{0}" has stray punctuation: the platform keeps it as another value than "{1}".',
          tag.value,
          trimmed,
        ),
        fixes: [
          {
            title: t('Change to "{0}"', trimmed),
            edits: [{ range: tag.valueRange, newText: trimmed }],
            preferred: true,
          },
        ],
      });
    }
  },
};
