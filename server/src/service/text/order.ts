/** Orders two strings by their code units: the same order everywhere, and far cheaper than a locale's collation. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
