import { questionLabel } from '../forms/questionLabel';
import type { Localize } from '../l10n';
import type { Heading, Question, Tag } from '../model';
import type { RelatedPlace } from './types';

/** A question elsewhere in the document, named as messages name it. */
export function questionPlace(question: Question, t: Localize): RelatedPlace {
  return { message: t('The question "{0}"', questionLabel(question.prompt)), range: question.promptRange };
}

/** A tag line elsewhere in the document, as written. */
export function tagPlace(tag: Tag): RelatedPlace {
  return { message: `[[${tag.key}:${tag.value}]]`, range: tag.range };
}

/** A section heading elsewhere in the document. */
export function headingPlace(heading: Heading, t: Localize): RelatedPlace {
  return { message: t('The section "{0}"', heading.text), range: heading.range };
}
