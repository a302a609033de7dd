import type { IndexEntry } from '../features/indexEntry';
import { titleStems } from '../features/textSignature';

/** A plan may be filed up to three years before its closing form, or (a copy saved later) two years after. */
const YEARS_BEFORE = 3;
const YEARS_AFTER = 2;
/** How alike titles or subjects must be to be one challenge: alone, or backed by the same focal point. */
const TITLE_ALONE = 0.35;
const SUBJECT_ALONE = 0.25;
const TITLE_WITH_FOCAL_POINT = 0.2;
const SUBJECT_WITH_FOCAL_POINT = 0.15;

type Weights = (stem: string) => number;

/** Rarer word stems weigh more: "biowaste" tells two documents together, "community" hardly does. */
export function stemWeights(entries: readonly IndexEntry[]): Weights {
  const documents = new Map<string, number>();
  for (const entry of entries)
    for (const stem of new Set([...entry.signature, ...titleStems(entry.title)]))
      documents.set(stem, (documents.get(stem) ?? 0) + 1);
  const total = Math.max(entries.length, 1);
  return (stem) => Math.log((total + 1) / (documents.get(stem) ?? 1));
}

/** The weighted share of the smaller set of stems that the other holds. */
function weightedOverlap(a: readonly string[], b: readonly string[], weight: Weights): number {
  const setA = new Set(a);
  const setB = new Set(b);
  const sum = (stems: Iterable<string>) => [...stems].reduce((total, stem) => total + weight(stem), 0);
  const smaller = Math.min(sum(setA), sum(setB));
  return smaller > 0 ? sum([...setA].filter((stem) => setB.has(stem))) / smaller : 0;
}

function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Whether a plan form is the plan of a closing form: the same country, a year that fits, and a title or a subject
 * (the words of the statement and the insights, in whatever language) alike enough — less alike when both have the
 * same focal point.
 */
export function planMatchesClosing(plan: IndexEntry, closing: IndexEntry, weight: Weights): boolean {
  if (plan.country !== closing.country) return false;
  const gap = Number(closing.year) - Number(plan.year);
  if (Number.isFinite(gap) && (gap > YEARS_BEFORE || gap < -YEARS_AFTER)) return false;
  const title = weightedOverlap(titleStems(plan.title), titleStems(closing.title), weight);
  const subject = weightedOverlap(plan.signature, closing.signature, weight);
  if (title >= TITLE_ALONE || subject >= SUBJECT_ALONE) return true;
  return (
    sameAddress(plan.focalPoint, closing.focalPoint) &&
    (title >= TITLE_WITH_FOCAL_POINT || subject >= SUBJECT_WITH_FOCAL_POINT)
  );
}
