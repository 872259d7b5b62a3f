import type { Contradiction } from '../../doc/contradiction.js';
import type { CrossPair } from '../../stages/contradictions/cross.js';
/**
 * A labelled item: a divergent pair (with its kind) or a look-alike non-pair, as offsets. Side
 * `a` lies in `doc`; side `b` in `docB` when the item spans two articles, else in `doc` too.
 */
export interface PairItem {
  readonly split: 'dev' | 'train';
  readonly doc: string;
  readonly docB?: string;
  readonly label: 'pair' | 'non-pair';
  readonly kind?: string;
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

/** A pair a system reported, as offsets; `docB` for a pair across two documents. */
export interface Reported {
  readonly doc: string;
  readonly docB?: string;
  readonly kind: string;
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
  /** The rule that found it, when the system says. */
  readonly rule?: string;
}

/** A pair found inside document DOC, as the scorer reads it. */
export function reportedInside(doc: string, p: Contradiction): Reported {
  return { doc, kind: p.kind, rule: p.rule, a: [p.a.span.start, p.a.span.end], b: [p.b.span.start, p.b.span.end] };
}

/** A pair found across two documents, as the scorer reads it. */
export function reportedAcross(p: CrossPair): Reported {
  return {
    doc: p.a.doc,
    docB: p.b.doc,
    kind: p.kind,
    rule: p.rule,
    a: [p.a.claim.start, p.a.claim.end],
    b: [p.b.claim.start, p.b.claim.end],
  };
}

export interface PairScores {
  readonly gold: number;
  readonly found: number;
  readonly recall: number;
  /** Labelled pairs across two articles, and how many of them were found. */
  readonly crossGold: number;
  readonly crossFound: number;
  readonly reported: number;
  /** Reported pairs that match a labelled pair, over all reported pairs (in the labelled documents). */
  readonly precision: number;
  /** Reported pairs that match a labelled pair, over those that match any labelled item. */
  readonly judgedPrecision: number;
  readonly nonPairsReported: number;
  readonly nonPairs: number;
  readonly perKind: Record<string, { gold: number; found: number }>;
  /** Per rule: pairs reported, on a labelled pair, on a labelled non-pair. */
  readonly perRule: Record<string, { reported: number; onPair: number; onNonPair: number }>;
}

function overlaps(x: readonly [number, number], y: readonly [number, number]): boolean {
  return x[0] < y[1] && y[0] < x[1];
}

function sideMatches(docR: string, r: readonly [number, number], docI: string, i: readonly [number, number]): boolean {
  return docR === docI && overlaps(r, i);
}

/** The two sides overlap the item's two sides, in either order, each in its own document. */
export function matches(r: Reported, item: PairItem): boolean {
  const rb = r.docB ?? r.doc;
  const ib = item.docB ?? item.doc;
  return (
    (sideMatches(r.doc, r.a, item.doc, item.a) && sideMatches(rb, r.b, ib, item.b)) ||
    (sideMatches(r.doc, r.a, ib, item.b) && sideMatches(rb, r.b, item.doc, item.a))
  );
}

/** Recall (all, and across articles), precision, judged precision, non-pairs reported, recall per kind. */
export function scorePairs(items: readonly PairItem[], reported: readonly Reported[]): PairScores {
  const pairs = items.filter((i) => i.label === 'pair');
  const nonPairs = items.filter((i) => i.label === 'non-pair');
  const perKind: Record<string, { gold: number; found: number }> = {};
  let found = 0;
  let crossFound = 0;
  for (const p of pairs) {
    const hit = reported.some((r) => matches(r, p));
    const k = p.kind ?? 'pair';
    perKind[k] ??= { gold: 0, found: 0 };
    perKind[k].gold++;
    if (hit) {
      found++;
      perKind[k].found++;
      if (p.docB) crossFound++;
    }
  }
  const perRule: Record<string, { reported: number; onPair: number; onNonPair: number }> = {};
  for (const r of reported) {
    const id = r.rule ?? 'unknown';
    perRule[id] ??= { reported: 0, onPair: 0, onNonPair: 0 };
    const rule = perRule[id];
    rule.reported++;
    if (pairs.some((p) => matches(r, p))) rule.onPair++;
    else if (nonPairs.some((n) => matches(r, n))) rule.onNonPair++;
  }
  const onPair = reported.filter((r) => pairs.some((p) => matches(r, p))).length;
  const onNonPair = reported.filter((r) => !pairs.some((p) => matches(r, p)) && nonPairs.some((n) => matches(r, n))).length;
  return {
    gold: pairs.length,
    found,
    recall: pct(found, pairs.length),
    crossGold: pairs.filter((p) => p.docB).length,
    crossFound,
    reported: reported.length,
    precision: pct(onPair, reported.length),
    judgedPrecision: pct(onPair, onPair + onNonPair),
    nonPairsReported: nonPairs.filter((n) => reported.some((r) => matches(r, n))).length,
    nonPairs: nonPairs.length,
    perKind,
    perRule,
  };
}

function pct(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((1000 * a) / b) / 10;
}
