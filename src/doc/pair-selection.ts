/** The kind of a stored row that relates two claims telling one account (not a pair; `echoPairs` reads it). */
export const SAME_ACCOUNT = 'same-account';

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

/**
 * Pairs that repeat a kept pair against the same account told again: a candidate (z, y) not
 * kept is added when a kept pair (z, x) has `restates(x, y)` (one holder's account with the same
 * stance in another document), y is in no kept or added pair, and (with `onePerArticle`) the
 * two documents have none. Most confident first, ties by the sides' keys, as `keepBestPairs`.
 */
export function echoPairs<T>(
  kept: readonly T[],
  candidates: readonly T[],
  ends: (p: T) => { readonly a: PairEnd; readonly b: PairEnd; readonly confidence: number },
  restates: (x: PairEnd, y: PairEnd) => boolean,
  onePerArticle: boolean,
): T[] {
  const used = new Set<string>();
  const partners = new Map<string, PairEnd[]>();
  const keptSet = new Set(kept);
  for (const p of kept) {
    const e = ends(p);
    used.add(endKey(e.a));
    used.add(endKey(e.b));
    used.add([e.a.doc, e.b.doc].sort().join('\n'));
    partners.set(endKey(e.a), [...(partners.get(endKey(e.a)) ?? []), e.b]);
    partners.set(endKey(e.b), [...(partners.get(endKey(e.b)) ?? []), e.a]);
  }
  const keyed = candidates
    .filter((p) => !keptSet.has(p))
    .map((p) => {
      const e = ends(p);
      const [x, y] = [endKey(e.a), endKey(e.b)].sort();
      return { p, e, x: x as string, y: y as string };
    })
    .sort((u, v) => v.e.confidence - u.e.confidence || compare(u.x, v.x) || compare(u.y, v.y));
  const out: T[] = [];
  for (const { p, e } of keyed) {
    const docs = [e.a.doc, e.b.doc].sort().join('\n');
    if (onePerArticle && used.has(docs)) continue;
    // z: the side already in a kept pair; y: the side that tells that pair's other account again.
    for (const [z, y] of [
      [e.a, e.b],
      [e.b, e.a],
    ] as const) {
      if (used.has(endKey(y))) continue;
      const xs = partners.get(endKey(z)) ?? [];
      if (!xs.some((x) => x.doc !== y.doc && restates(x, y))) continue;
      used.add(endKey(y));
      used.add(docs);
      out.push(p);
      break;
    }
  }
  return out;
}
