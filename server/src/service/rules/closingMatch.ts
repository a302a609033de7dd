import type { IndexEntry } from '../features/indexEntry';
import { titleStems } from '../features/textSignature';

/** A plan may be filed up to three years before its closing form, or (a copy saved later) two years after. */
const YEARS_BEFORE = 3;
const YEARS_AFTER = 2;
/**
 * How many telling word stems a plan and a closing form must share to be one challenge: in their titles, or in
 * their subjects (statement and learning questions, insights); fewer when both have the same focal point.
 * Set on the archive's 428 closing forms, read against their country's plans: with these, no closing form whose
 * plan is there went unmatched in the sample read, while unrelated challenges of one country seldom meet.
 */
const TITLE_ALONE = 2;
const SUBJECT_ALONE = 4;
const TITLE_WITH_FOCAL_POINT = 2;
const SUBJECT_WITH_FOCAL_POINT = 3;

function sharedCount(a: readonly string[], b: readonly string[], left: ReadonlySet<string>): number {
  const other = new Set(b);
  return new Set(a.filter((stem) => other.has(stem) && !left.has(stem))).size;
}

function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Whether a plan form is the plan of a closing form: the same country, a year that fits, and a title or a subject
 * alike enough (in whatever language: stems are the words' first letters), less alike with the same focal point.
 * The country's own name, which every title of the country may carry, does not count.
 */
export function planMatchesClosing(plan: IndexEntry, closing: IndexEntry): boolean {
  if (plan.country !== closing.country) return false;
  const gap = Number(closing.year) - Number(plan.year);
  if (Number.isFinite(gap) && (gap > YEARS_BEFORE || gap < -YEARS_AFTER)) return false;
  const country = new Set(titleStems(closing.country ?? ''));
  const planTitle = titleStems(plan.title).filter((stem) => !country.has(stem));
  const closingTitle = titleStems(closing.title).filter((stem) => !country.has(stem));
  const title = sharedCount(planTitle, closingTitle, country);
  const subject = sharedCount(plan.signature, closing.signature, country);
  // Two titles are alike when they share two stems (or the whole of a one-word title), half of the shorter one's.
  const shorter = Math.min(planTitle.length, closingTitle.length);
  const titlesAlike = shorter > 0 && title >= Math.min(TITLE_ALONE, shorter) && title * 2 >= shorter;
  if (titlesAlike || subject >= SUBJECT_ALONE) return true;
  return (
    sameAddress(plan.focalPoint, closing.focalPoint) &&
    (title >= TITLE_WITH_FOCAL_POINT || subject >= SUBJECT_WITH_FOCAL_POINT)
  );
}
