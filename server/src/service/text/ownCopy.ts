/**
 * A copy of a string that holds only its own characters. A substring of a document may share the document's memory
 * (V8 slices long substrings), so a value kept in a cache or an index would keep the whole document alive; joining
 * makes a fresh flat string, and slicing that keeps only the copy.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
