/** A labelled item: a divergent pair (with its kind) or a look-alike non-pair, as offsets. */
export interface PairItem {
  readonly split: 'dev' | 'train';
  readonly doc: string;
  readonly label: 'pair' | 'non-pair';
  readonly kind?: string;
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

/** A pair a system reported, as offsets. */
export interface Reported {
  readonly doc: string;
  readonly kind: string;
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

export interface PairScores {
  readonly gold: number;
  readonly found: number;
  readonly recall: number;
  readonly reported: number;
  /** Reported pairs that match a labelled pair, over those that match any labelled item. */
  readonly judgedPrecision: number;
  readonly nonPairsReported: number;
  readonly nonPairs: number;
  readonly perKind: Record<string, { gold: number; found: number }>;
}

function overlaps(x: readonly [number, number], y: readonly [number, number]): boolean {
  return x[0] < y[1] && y[0] < x[1];
}

/** The two sides overlap the item's two sides, in either order. */
export function matches(r: Reported, item: PairItem): boolean {
  if (r.doc !== item.doc) return false;
  return (overlaps(r.a, item.a) && overlaps(r.b, item.b)) || (overlaps(r.a, item.b) && overlaps(r.b, item.a));
}

/** Recall over the labelled pairs, judged precision, non-pairs reported, recall per kind. */
export function scorePairs(items: readonly PairItem[], reported: readonly Reported[]): PairScores {
  const pairs = items.filter((i) => i.label === 'pair');
  const nonPairs = items.filter((i) => i.label === 'non-pair');
  const perKind: Record<string, { gold: number; found: number }> = {};
  let found = 0;
  for (const p of pairs) {
    const hit = reported.some((r) => matches(r, p));
    const k = p.kind ?? 'pair';
    perKind[k] ??= { gold: 0, found: 0 };
    perKind[k].gold++;
    if (hit) {
      found++;
      perKind[k].found++;
    }
  }
  const onPair = reported.filter((r) => pairs.some((p) => matches(r, p))).length;
  const onNonPair = reported.filter((r) => !pairs.some((p) => matches(r, p)) && nonPairs.some((n) => matches(r, n))).length;
  return {
    gold: pairs.length,
    found,
    recall: pct(found, pairs.length),
    reported: reported.length,
    judgedPrecision: pct(onPair, onPair + onNonPair),
    nonPairsReported: nonPairs.filter((n) => reported.some((r) => matches(r, n))).length,
    nonPairs: nonPairs.length,
    perKind,
  };
}

function pct(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((1000 * a) / b) / 10;
}
