/**
 * Maps `source` through `fn` with at most `limit` calls unfinished, and yields the results
 * in the source's order. The source is read only as slots free up (back-pressure: never
 * more than `limit` items ahead of the consumer), so memory stays flat however long the
 * input. Stopping early (`break`, a throw) closes the source; results still pending are
 * dropped.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  limit: number,
): AsyncGenerator<R> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapOrdered: limit must be a whole number ≥ 1, not ${limit}`);
  const items = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source[Symbol.iterator]());
  const pending: Promise<R>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < limit) {
        const next = await items.next();
        if (next.done) exhausted = true;
        else {
          const result = fn(next.value);
          result.catch(() => {}); // seen when its turn comes; not an unhandled rejection meanwhile
          pending.push(result);
        }
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await items.return?.();
  }
}

function toAsync<T>(items: Iterator<T>): AsyncIterator<T> {
  return {
    next: async () => items.next(),
    return: async () => items.return?.() ?? { done: true, value: undefined },
  };
}
