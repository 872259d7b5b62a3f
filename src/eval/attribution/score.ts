import { overlapLength, type Range, trimRange } from '../../doc/span.js';
import { sameSpeaker } from './speaker-match.js';
import type { AttributionUnit } from './units.js';

/** Counts that pool over documents. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface OverlapCounts extends Counts {
  /** Matched pairs whose gold speaker is known (a named source, or hand-resolved). */
  speakerKnown: number;
  /** …of which the prediction's resolved speaker names the same person (or both have none). */
  speakerRight: number;
}

export type Component = 'source' | 'cue' | 'content';
export const COMPONENTS: readonly Component[] = ['source', 'cue', 'content'];
export const THRESHOLDS = [0.3, 0.8] as const;

export interface AttributionScores {
  readonly overlap: Map<number, OverlapCounts>;
  readonly exact: Map<Component, Counts>;
  /** Units whose source, cue and content are all exact at once. */
  readonly whole: Counts;
  documents: number;
  /** Documents the pipeline failed on (`id: reason`); they score as predicting nothing. */
  readonly failed: string[];
}

export function emptyScores(): AttributionScores {
  return {
    overlap: new Map(THRESHOLDS.map((t) => [t, { tp: 0, predicted: 0, gold: 0, speakerKnown: 0, speakerRight: 0 }])),
    exact: new Map(COMPONENTS.map((c) => [c, { tp: 0, predicted: 0, gold: 0 }])),
    whole: { tp: 0, predicted: 0, gold: 0 },
    documents: 0,
    failed: [],
  };
}

/** Adds `b` into `a` (for pooling fold scores). */
export function addScores(a: AttributionScores, b: AttributionScores): void {
  for (const [t, c] of b.overlap) {
    const x = a.overlap.get(t) as OverlapCounts;
    x.tp += c.tp;
    x.predicted += c.predicted;
    x.gold += c.gold;
    x.speakerKnown += c.speakerKnown;
    x.speakerRight += c.speakerRight;
  }
  for (const [k, c] of b.exact) {
    const x = a.exact.get(k) as Counts;
    x.tp += c.tp;
    x.predicted += c.predicted;
    x.gold += c.gold;
  }
  a.whole.tp += b.whole.tp;
  a.whole.predicted += b.whole.predicted;
  a.whole.gold += b.whole.gold;
  a.documents += b.documents;
  a.failed.push(...b.failed);
}

/**
 * Content matching as the Gender Gap Tracker scores quotes: the share of the gold content's
 * characters a prediction covers; pairs at or above `threshold` are matched greedily, best
 * share first, each gold and each prediction at most once.
 */
export function matchContents(gold: readonly Range[], predicted: readonly Range[], threshold: number): [number, number][] {
  // share: of the gold span's characters, how many the prediction covers (the GGT measure);
  // tight: of the prediction's characters, how many lie in the gold span, which breaks ties
  // between predictions that cover the gold span equally in favour of the tighter one.
  const pairs: { g: number; p: number; share: number; tight: number }[] = [];
  gold.forEach((g, gi) => {
    const length = g.end - g.start;
    if (length <= 0) return;
    predicted.forEach((p, pi) => {
      const shared = overlapLength(g, p);
      const share = shared / length;
      if (share >= threshold && share > 0) pairs.push({ g: gi, p: pi, share, tight: shared / Math.max(1, p.end - p.start) });
    });
  });
  pairs.sort((a, b) => b.share - a.share || b.tight - a.tight || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matches: [number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    matches.push([pair.g, pair.p]);
  }
  return matches;
}

function key(text: string, r: Range | null): string | null {
  if (r === null) return null;
  const t = trimRange(text, r.start, r.end);
  return t.end > t.start ? `${t.start}:${t.end}` : null;
}

/** How many items two multisets of keys share. */
function shared(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of b) {
    const c = counts.get(k) ?? 0;
    if (c > 0) {
      n++;
      counts.set(k, c - 1);
    }
  }
  return n;
}

/**
 * Adds one document's counts to `scores`. Gold and predicted are scoring units (one per
 * content fragment, `units.ts`). Exact spans are counted per unit, as multisets: a source
 * shared by two fragments counts twice on each side, and a predicted span earns at most as
 * many matches as units hold it in the gold. Speaker accuracy compares resolved names.
 */
export function scoreDocument(
  scores: AttributionScores,
  text: string,
  gold: readonly AttributionUnit[],
  predicted: readonly AttributionUnit[],
): void {
  scores.documents++;
  const goldWithContent = gold.filter((g) => g.content !== null);
  const goldContents = goldWithContent.map((g) => g.content as Range);
  const predictedContents = predicted.map((p) => p.content as Range);
  for (const [threshold, counts] of scores.overlap) {
    const matches = matchContents(goldContents, predictedContents, threshold);
    counts.tp += matches.length;
    counts.gold += goldContents.length;
    counts.predicted += predictedContents.length;
    for (const [g, p] of matches) {
      const verdict = sameSpeaker(text, goldWithContent[g] as AttributionUnit, predicted[p] as AttributionUnit);
      if (verdict === null) continue;
      counts.speakerKnown++;
      if (verdict) counts.speakerRight++;
    }
  }
  for (const component of COMPONENTS) {
    const g = gold.map((u) => key(text, u[component])).filter((k): k is string => k !== null);
    const p = predicted.map((u) => key(text, u[component])).filter((k): k is string => k !== null);
    const counts = scores.exact.get(component) as Counts;
    counts.gold += g.length;
    counts.predicted += p.length;
    counts.tp += shared(g, p);
  }
  const whole = (u: AttributionUnit): string => `${key(text, u.source)}|${key(text, u.cue)}|${key(text, u.content)}`;
  scores.whole.gold += goldWithContent.length;
  scores.whole.predicted += predicted.length;
  scores.whole.tp += shared(goldWithContent.map(whole), predicted.map(whole));
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 in percent. */
export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? 0 : (100 * c.tp) / c.predicted;
  const recall = c.gold === 0 ? 0 : (100 * c.tp) / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
