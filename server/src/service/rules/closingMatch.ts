import type { IndexEntry } from '../features/indexEntry';
import { isCommonStem, titleStems } from '../features/textSignature';

/** A plan may be filed up to three years before its closing form, or (a copy saved later) two years after. */
const YEARS_BEFORE = 3;
const YEARS_AFTER = 2;
/**
 * How many telling word stems a plan and a closing form must share to be one challenge. Set on the archive's 428
 * closing forms, read against their country's plans: with these, no closing form whose plan was there went
 * unmatched in the sample read. Documents of one focal point share a style as well as subjects, so the focal point
 * lowers the bar little.
 */
const SUBJECT_ALONE = 4;
const SUBJECT_WITH_FOCAL_POINT = 3;
/** A plan that stands out among its country's: alike by this much, and twice as alike as the next one. */
const STANDS_OUT = 4;

export interface Likeness {
  plan: IndexEntry;
  /** Shared title stems, and how many of them are not common words. */
  title: number;
  telling: number;
  /** How many stems the shorter title has. */
  shorter: number;
  subject: number;
}

function shared(a: readonly string[], other: ReadonlySet<string>): string[] {
  return [...new Set(a.filter((stem) => other.has(stem)))];
}

/** What a closing form is compared by, worked out once for all its candidate plans. */
interface ClosingStems {
  country: ReadonlySet<string>;
  title: readonly string[];
  titleSet: ReadonlySet<string>;
  signature: ReadonlySet<string>;
}

function closingStems(closing: IndexEntry): ClosingStems {
  const country = new Set(titleStems(closing.country ?? ''));
  const title = titleStems(closing.title).filter((stem) => !country.has(stem));
  return { country, title, titleSet: new Set(title), signature: new Set(closing.signature) };
}

/** Each plan's title stems, read once however many closing forms it is compared with. */
const titleStemsOf = new WeakMap<IndexEntry, string[]>();

function planTitleStems(plan: IndexEntry): string[] {
  let stems = titleStemsOf.get(plan);
  if (!stems) titleStemsOf.set(plan, (stems = titleStems(plan.title)));
  return stems;
}

/** How alike a plan and a closing form are, the country's own name left out (every title of it may carry it). */
export function likeness(plan: IndexEntry, closing: IndexEntry, stems = closingStems(closing)): Likeness {
  const { country } = stems;
  const planTitle = planTitleStems(plan).filter((stem) => !country.has(stem));
  const titleShared = shared(planTitle, stems.titleSet);
  return {
    plan,
    title: titleShared.length,
    telling: titleShared.filter((stem) => !isCommonStem(stem)).length,
    shorter: Math.min(planTitle.length, stems.title.length),
    subject: shared(plan.signature, stems.signature).filter((stem) => !country.has(stem)).length,
  };
}

/** Whether a plan's and a closing form's years fit one challenge. */
export function yearsFit(plan: IndexEntry, closing: IndexEntry): boolean {
  const gap = Number(closing.year) - Number(plan.year);
  return !Number.isFinite(gap) || (gap <= YEARS_BEFORE && gap >= -YEARS_AFTER);
}

function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Titles sharing two stems (or the whole of a one-word title), half of the shorter one's, one of them telling. */
function titlesAlike(alike: Likeness): boolean {
  const { title, shorter, telling } = alike;
  return shorter > 0 && title >= Math.min(2, shorter) && title * 2 >= shorter && telling >= 1;
}

function score(alike: Likeness): number {
  return alike.title * 2 + alike.subject;
}

/**
 * Whether one of a closing form's candidate plans (same country, years that fit) is its plan: alike in title, or
 * in subject (the plan's statement and learning questions against the closing form's insights, in whatever
 * language: stems are the words' first letters), or clearly the most alike of them.
 */
export function hasPlan(closing: IndexEntry, candidates: readonly IndexEntry[]): boolean {
  const stems = closingStems(closing);
  const likenesses = candidates
    .filter((plan) => plan.country === closing.country && yearsFit(plan, closing))
    .map((plan) => likeness(plan, closing, stems));
  const alike = likenesses.some(
    (candidate) =>
      titlesAlike(candidate) ||
      candidate.subject >= SUBJECT_ALONE ||
      (sameAddress(candidate.plan.focalPoint, closing.focalPoint) &&
        candidate.subject >= SUBJECT_WITH_FOCAL_POINT),
  );
  if (alike) return true;
  const [best = 0, next = 0] = likenesses.map(score).sort((a, b) => b - a);
  return best >= STANDS_OUT && best >= 2 * Math.max(next, 0.5);
}
