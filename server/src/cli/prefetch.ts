/**
 * Yields `load(item)` for each item in order while keeping up to `ahead` loads in flight, so that reading the next
 * files overlaps with checking the current one.
 */
export async function* prefetch<T, R>(
  items: readonly T[],
  load: (item: T) => Promise<R>,
  ahead = 16,
): AsyncGenerator<[T, R]> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < ahead && next < items.length) pending.push(load(items[next++]!));
  };
  fill();
  for (let index = 0; index < items.length; index++) {
    const result = await pending.shift()!;
    fill();
    yield [items[index]!, result];
  }
}
