import { FORMS, headingMatches, questionForPrompt } from '../forms';
import type { DocKind, FormId, Tag } from '../model';
import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';

const ARCHIVE_KINDS: ReadonlySet<string> = new Set(['learningplan', 'experiment', 'solution']);
const TOOLKIT_KEYS: ReadonlySet<string> = new Set([
  'signature_solutions',
  'enablers',
  'rblac_priorities',
  'sdg',
]);
/** Keys that only learning-plan-family pages carry; blogs and publications use others (source, date, continent). */
const FAMILY_KEYS: ReadonlySet<string> = new Set([
  'focal_point',
  'methods',
  'sdgs',
  'datasources',
  'thematic_areas',
  'latlng',
]);
const EXPERIMENT_HEADINGS: ReadonlySet<string> = new Set(['overview', 'design', 'results', 'learning']);

export interface KindEvidence {
  /** The keys written in the front matter, read line by line so that a YAML error does not hide them. */
  frontMatterKeys: readonly string[] | null;
  declaredType: string | null;
  tags: readonly Tag[];
  headings: readonly string[];
}

/** What a document is, from its content alone: its `type` tag, its front matter keys, or its form's headings. */
export function detectKind(evidence: KindEvidence): DocKind {
  if (evidence.frontMatterKeys) {
    return evidence.frontMatterKeys.some((key) => TOOLKIT_KEYS.has(key)) ? 'toolkit' : 'other';
  }
  if (evidence.declaredType !== null) {
    return archiveKind(evidence.declaredType) ?? 'other';
  }
  // No type tag yet (a plan being written): the form's headings or the family's own tags tell.
  const planHeadings = FORMS.reduce((count, form) => count + headingMatches(form, evidence.headings), 0);
  const experimentHeadings = evidence.headings.filter((heading) =>
    EXPERIMENT_HEADINGS.has(heading.trim().toLowerCase()),
  ).length;
  if (experimentHeadings > planHeadings) return 'experiment';
  if (planHeadings > 0) return 'learningplan';
  const familyTags = evidence.tags.some((tag) => FAMILY_KEYS.has(tag.key.toLowerCase()));
  return familyTags ? 'learningplan' : 'other';
}

/** Which form a document follows: for learning plans, the form whose headings it uses most. */
export function detectForm(kind: DocKind, headings: readonly string[]): FormId | null {
  switch (kind) {
    case 'learningplan': {
      let best: FormId = 'plan';
      let bestCount = 0;
      for (const form of FORMS) {
        if (form.kind !== 'learningplan') continue;
        const count = headingMatches(form, headings);
        if (count > bestCount) {
          best = form.id;
          bestCount = count;
        }
      }
      return best;
    }
    case 'experiment':
      return 'experiment';
    case 'solution':
      return 'solution';
    case 'toolkit':
      return 'toolkit';
    default:
      return null;
  }
}

/** The archive kind a `type` value names, forgiving a misspelling ("learnigplan") that the type-value rule reports. */
export function archiveKind(declaredType: string): DocKind | null {
  const declared = fold(declaredType).replace(/ /g, '');
  if (ARCHIVE_KINDS.has(declared)) return declared as DocKind;
  for (const kind of ARCHIVE_KINDS) if (similarity(declared, kind) >= 0.8) return kind as DocKind;
  return null;
}

/**
 * Which edition of its form a document follows, for forms that had several: the one whose prompts it uses most,
 * and on a tie the one of its year (the closing form changed in 2023).
 */
export function detectVariant(
  form: FormId | null,
  prompts: readonly string[],
  year: number | null,
): string | null {
  const editions = FORMS.filter((candidate) => candidate.id === form && candidate.variant !== undefined);
  if (editions.length === 0) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const edition of editions) {
    const count = prompts.filter((prompt) => questionForPrompt(edition, prompt) !== undefined).length;
    if (count > bestCount) {
      best = edition.variant ?? null;
      bestCount = count;
    }
  }
  if (best !== null) return best;
  // No prompt tells: the closing form of a plan closed by 2022 is the frontier challenge's, else the current one.
  const byYear = year !== null && year <= 2022 ? editions.find((e) => e.variant === 'frontier') : undefined;
  return (byYear ?? editions[0])?.variant ?? null;
}
