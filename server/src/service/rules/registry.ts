import { countryValue } from './countryValue';
import { enumValue } from './enumValue';
import { frontMatterValue } from './frontMatterValue';
import { latlngOutsideCountry } from './latlngOutsideCountry';
import { latlngPlaceholder } from './latlngPlaceholder';
import { latlngSwapped } from './latlngSwapped';
import { openVocabularyNearDuplicate } from './openVocabularyNearDuplicate';
import { customMethod } from './customMethod';
import { focalPointEmail } from './focalPointEmail';
import { frontMatterSyntax } from './frontMatterSyntax';
import { latlngFormat } from './latlngFormat';
import { latlngRange } from './latlngRange';
import { methodValue } from './methodValue';
import { nonCanonicalValue } from './nonCanonicalValue';
import { requiredSection } from './requiredSection';
import { requiredTag } from './requiredTag';
import { sdgValue } from './sdgValue';
import { tagEmptyValue } from './tagEmptyValue';
import { tagSyntax } from './tagSyntax';
import { typeValue } from './typeValue';
import type { Rule } from './types';
import { unknownTagKey } from './unknownTagKey';
import { yearValue } from './yearValue';

/** Every rule, in id order. Ids are stable: a retired rule's id is never given to another. */
export const RULES: readonly Rule[] = [
  tagSyntax,
  tagEmptyValue,
  unknownTagKey,
  requiredTag,
  sdgValue,
  methodValue,
  countryValue,
  nonCanonicalValue,
  customMethod,
  latlngFormat,
  latlngRange,
  yearValue,
  focalPointEmail,
  typeValue,
  requiredSection,
  frontMatterSyntax,
  enumValue,
  openVocabularyNearDuplicate,
  latlngPlaceholder,
  latlngSwapped,
  latlngOutsideCountry,
  frontMatterValue,
].sort((a, b) => a.id.localeCompare(b.id));

/** The rule an id (LP012) or a name (country-value) designates. */
export function findRule(idOrName: string): Rule | undefined {
  return RULES.find((rule) => rule.id === idOrName || rule.name === idOrName);
}
