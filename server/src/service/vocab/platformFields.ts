import type { Localize } from '../l10n';
import type { FormId } from '../model';

/**
 * The platform's rules for the fields behind the tags, from its configuration (`config/edit/ap.js`, `exp.js` and
 * `sm.js` of UNDP-Accelerator-Labs/platform): which forms require a value, and how many values a field takes.
 */
export interface PlatformField {
  key: string;
  /** Forms whose documents must give a value. The closing form's template has no SDGs or thematic areas. */
  requiredOn: readonly FormId[];
  maxValues?: number;
}

/** The field's name in messages, in the reader's language. */
export function fieldName(key: string, t: Localize): string {
  switch (key) {
    case 'sdgs':
      return t('SDGs');
    case 'thematic_areas':
      return t('thematic areas');
    case 'methods':
      return t('methods');
    case 'datasources':
      return t('data sources');
    default:
      return key;
  }
}

export const PLATFORM_FIELDS: readonly PlatformField[] = [
  { key: 'sdgs', requiredOn: ['plan', 'experiment', 'solution'], maxValues: 5 },
  { key: 'thematic_areas', requiredOn: ['plan', 'experiment', 'solution'], maxValues: 5 },
  { key: 'methods', requiredOn: ['plan', 'closing'] },
  { key: 'datasources', requiredOn: ['plan', 'closing'] },
];

/** Whether the platform requires a value of the field behind this tag key on this form. */
export function isRequiredField(key: string, form: FormId): boolean {
  return PLATFORM_FIELDS.some((field) => field.key === key && field.requiredOn.includes(form));
}

/** The address the form's snippets and templates write for the focal point, for the author to replace. */
export const TEMPLATE_ADDRESS = 'name@undp.org';

export function isTemplateAddress(value: string): boolean {
  return value.trim().toLowerCase() === TEMPLATE_ADDRESS;
}

/** The platform keeps titles shorter than this: a longer one loses its end, replaced by "…". */
export const TITLE_LIMIT = 99;

/**
 * A title's length as the platform counts it: characters (code points), an emoji modifier counted with the emoji
 * it modifies.
 */
export function platformLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // The second half of a surrogate pair belongs to the character before it.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const before = text.charCodeAt(index - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue;
    }
    // The five skin-tone modifiers (U+1F3FB–U+1F3FF), written as \ud83c\udffb–\udfff, count with their emoji.
    const next = text.charCodeAt(index + 1);
    if (code === 0xd83c && next >= 0xdffb && next <= 0xdfff) continue;
    count++;
  }
  return count;
}
