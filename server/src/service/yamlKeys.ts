import { isMap, isScalar, isSeq, type Document, type Scalar, type YAMLMap } from 'yaml';

/**
 * Leaves out the repeated keys of every map of a parsed YAML document, keeping each key's first entry, and returns
 * the keys left out, for their messages. One pass with a set per map: the yaml library's own check (its
 * `uniqueKeys` option, turned off where documents are parsed) compares each key with every earlier one, which takes
 * seconds on a map of tens of thousands of keys. Keys are equal as the library compares them: scalars of the same
 * value.
 */
export function dropRepeatedKeys(document: Document): Scalar[] {
  const repeated: Scalar[] = [];
  // A stack, not recursion: nesting as deep as the text allows must not overflow the call stack.
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      dropRepeated(node, repeated);
      for (const pair of node.items) pending.push(pair.key, pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return repeated.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

function dropRepeated(map: YAMLMap, repeated: Scalar[]): void {
  const seen = new Set<unknown>();
  map.items = map.items.filter((pair) => {
    const key = pair.key;
    if (!isScalar(key) || Number.isNaN(key.value)) return true;
    if (!seen.has(key.value)) {
      seen.add(key.value);
      return true;
    }
    repeated.push(key);
    return false;
  });
}
