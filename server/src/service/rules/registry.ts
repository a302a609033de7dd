import { answerLength } from './answerLength';
import { htmlEntity } from './htmlEntity';
import { packedValuesRule } from './packedValues';
import { placeholderAnswer } from './placeholderAnswer';
import { repeatedAnswer } from './repeatedAnswer';
import { requiredField } from './requiredField';
import { titleLength } from './titleLength';
import { tooManyValues } from './tooManyValues';
import { valuePunctuation } from './valuePunctuation';
import { handoverOption, learningCycleStage } from './checklistRules';
import { countryLatlngPair } from './countryLatlngPair';
import { countryValue } from './countryValue';
import { duplicateTag } from './duplicateTag';
import { emptyHeading } from './emptyHeading';
import { emptySection } from './emptySection';
import { frontMatterRequiredKey } from './frontMatterRequiredKey';
import { learningCycleTotal } from './learningCycleTotal';
import { promptEdited } from './promptEdited';
import { repeatedSection } from './repeatedSection';
import { repeatedSingleTag } from './repeatedSingleTag';
import { sectionOrder } from './sectionOrder';
import { tagKeyCase } from './tagKeyCase';
import { tagOutsideHeader } from './tagOutsideHeader';
import { tooManyInsights } from './tooManyInsights';
import { tooManyPartners } from './tooManyPartners';
import { unansweredQuestion } from './unansweredQuestion';
import { unknownSection } from './unknownSection';
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
import { WORKSPACE_RULES } from './workspace';
import { unknownTagKey } from './unknownTagKey';
import { yearValue } from './yearValue';
import { byCodeUnits } from '../text/order';

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
  tagKeyCase,
  duplicateTag,
  tagOutsideHeader,
  repeatedSingleTag,
  countryLatlngPair,
  sectionOrder,
  unknownSection,
  emptySection,
  promptEdited,
  unansweredQuestion,
  emptyHeading,
  repeatedSection,
  answerLength,
  tooManyInsights,
  tooManyPartners,
  learningCycleTotal,
  learningCycleStage,
  handoverOption,
  frontMatterRequiredKey,
  tooManyValues,
  requiredField,
  packedValuesRule,
  valuePunctuation,
  titleLength,
  htmlEntity,
  placeholderAnswer,
  repeatedAnswer,
].sort((a, b) => byCodeUnits(a.id, b.id));

/** The rule an id (LP012) or a name (country-value) designates, a document's or a workspace's. */
export function findRule(
  idOrName: string,
): Pick<Rule, 'id' | 'name' | 'defaultSeverity' | 'description'> | undefined {
  return [...RULES, ...WORKSPACE_RULES].find((rule) => rule.id === idOrName || rule.name === idOrName);
}
