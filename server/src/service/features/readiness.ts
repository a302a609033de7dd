import type { DocumentAnalysis } from '../analysis/types';
import { questionLabel } from '../forms/questionLabel';
import { english, type Localize } from '../l10n';
import type { ParsedDocument, Tag } from '../model';
import type { Finding } from '../rules/types';
import { fold } from '../vocab/normalize';
import { tagsWithKey } from '../rules/anchors';
import {
  fieldName,
  isTemplateAddress,
  PLATFORM_FIELDS,
  platformLength,
  TITLE_LIMIT,
} from '../vocab/platformFields';

/** One thing that keeps a document from the platform, named so that the author can find it. */
export interface Blocker {
  /** The platform's rule on a field, a question of the form, or an error-level finding. */
  kind: 'field' | 'question' | 'error';
  /** What it is about: the tag (`[[sdgs:…]]`), the title, the question (shortened) or the rule. */
  subject: string;
  /** Where to go, 0-based. */
  line: number;
  message: string;
}

export interface Readiness {
  /** False for documents that are not learning plans, experiments or solutions: nothing to submit. */
  applies: boolean;
  ready: boolean;
  blockers: Blocker[];
}

/** Rules whose findings readiness states in its own terms, whatever their configured severity. */
const STATED_HERE: ReadonlySet<string> = new Set(['LP017', 'LP018', 'LP045', 'LP048', 'LP057']);

/**
 * Whether a document is ready for the platform, or what blocks it: the platform's required fields and limits,
 * the form's required questions without a real answer, and the findings at error level (pass the document's).
 */
export function readiness(
  analysis: DocumentAnalysis,
  findings: readonly Finding[],
  t: Localize = english,
): Readiness {
  const { doc } = analysis;
  if (doc.kind !== 'learningplan' && doc.kind !== 'experiment' && doc.kind !== 'solution')
    return { applies: false, ready: true, blockers: [] };
  const blockers = [
    ...fieldBlockers(analysis, t),
    ...questionBlockers(analysis, t),
    ...errorBlockers(findings),
  ].sort((a, b) => a.line - b.line);
  return { applies: true, ready: blockers.length === 0, blockers };
}

function tagsOf(doc: ParsedDocument, key: string): Tag[] {
  return tagsWithKey(doc, key).filter((tag) => tag.value.trim() !== '');
}

function fieldBlockers({ doc, form }: DocumentAnalysis, t: Localize): Blocker[] {
  const titleLine = doc.title?.line ?? 0;
  const tagsEnd = doc.tags.at(-1)?.line ?? titleLine;
  const blockers: Blocker[] = [];
  for (const field of PLATFORM_FIELDS) {
    const tags = tagsOf(doc, field.key);
    const subject = `[[${field.key}:…]]`;
    // The line left empty to fill, when there is one; else the last tag, where the author adds it.
    const empty = tagsWithKey(doc, field.key)[0];
    if (tags.length === 0 && form && field.requiredOn.includes(form.id))
      blockers.push({
        kind: 'field',
        subject,
        line: empty?.line ?? tagsEnd,
        message: t('The platform requires {0}.', fieldName(field.key, t)),
      });
    // Values that differ only in case or accents are one value: counted only when there could be too many.
    const over = field.maxValues !== undefined && tags.length > field.maxValues;
    const distinct = over ? [...new Map(tags.map((tag) => [fold(tag.value), tag])).values()] : tags;
    const extra = over ? distinct[field.maxValues!] : undefined;
    if (extra)
      blockers.push({
        kind: 'field',
        subject,
        line: extra.line,
        message: t(
          '{0} {1}: the platform takes at most {2}.',
          distinct.length,
          fieldName(field.key, t),
          field.maxValues!,
        ),
      });
  }
  const focal = doc.tags.find((tag) => tag.key.toLowerCase() === 'focal_point');
  if (focal && isTemplateAddress(focal.value))
    blockers.push({
      kind: 'field',
      subject: '[[focal_point:…]]',
      line: focal.line,
      message: t("The focal point is the template's placeholder, {0}.", focal.value),
    });
  if (doc.title && platformLength(doc.title.text) >= TITLE_LIMIT)
    blockers.push({
      kind: 'field',
      subject: t('Title'),
      line: titleLine,
      message: t('The platform cuts titles at {0} characters.', TITLE_LIMIT),
    });
  return blockers;
}

/** The form's required questions without a real answer: empty, a dash, or a placeholder. */
function questionBlockers({ doc, match, statuses }: DocumentAnalysis, t: Localize): Blocker[] {
  return doc.questions.flatMap((question, index): Blocker[] => {
    const status = statuses[index];
    if (!match?.questions[index] || (status !== 'unanswered' && status !== 'placeholder')) return [];
    return [
      {
        kind: 'question',
        subject: questionLabel(question.prompt),
        line: question.line,
        message: status === 'placeholder' ? t('The answer is a placeholder.') : t('No answer yet.'),
      },
    ];
  });
}

/** The findings at error level, as blockers (those readiness states in its own terms aside). */
export function errorBlockers(findings: readonly Finding[]): Blocker[] {
  return findings
    .filter((finding) => finding.severity === 'error' && !STATED_HERE.has(finding.rule))
    .map((finding) => ({
      kind: 'error' as const,
      subject: `${finding.rule} ${finding.name}`,
      line: finding.range.start.line,
      message: finding.message,
    }));
}
