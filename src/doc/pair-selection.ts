/** One side of a pair across documents, as the selection of pairs sees it. */
export interface PairEnd {
  readonly doc: string;
  readonly idx: number;
}

/**
 * The selection of pairs across documents: most confident first (ties by the two sides'
 * documents and indexes, so the input's order does not matter), a pair is kept when neither of
 * its claims is in a kept pair and, with `onePerArticle`, its two documents have no kept pair.
 * The store applies it to all stored candidate pairs, so what it lists depends only on which
 * articles are stored (rule `contradictions/cross-one-per-article` for the second condition).
 */
export function keepBestPairs<T>(
  pairs: readonly T[],
  ends: (p: T) => { readonly a: PairEnd; readonly b: PairEnd; readonly confidence: number },
  onePerArticle: boolean,
): T[] {
  const keyed = pairs.map((p) => {
    const e = ends(p);
    const [x, y] = [endKey(e.a), endKey(e.b)].sort();
    return { p, x: x as string, y: y as string, docs: [e.a.doc, e.b.doc].sort().join('\n'), confidence: e.confidence };
  });
  keyed.sort((u, v) => v.confidence - u.confidence || compare(u.x, v.x) || compare(u.y, v.y));
  const used = new Set<string>();
  const out: T[] = [];
  for (const k of keyed) {
    if (used.has(k.x) || used.has(k.y) || (onePerArticle && used.has(k.docs))) continue;
    used.add(k.x);
    used.add(k.y);
    used.add(k.docs);
    out.push(k.p);
  }
  return out;
}

function endKey(e: PairEnd): string {
  return `${e.doc}#${String(e.idx).padStart(6, '0')}`;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
