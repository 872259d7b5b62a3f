import { overlapLength, type Range, trimRange } from '../../doc/span.js';
import type { GoldAttribution } from './brat.js';

/** What the scorer needs of a predicted attribution. */
export interface PredictedAttribution {
  readonly content: Range;
  readonly cue: Range | null;
  readonly source: Range | null;
}

/** Counts that pool over documents. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface OverlapCounts extends Counts {
  /** Matched pairs whose source agrees (both absent, or the spans overlap). */
  speakerRight: number;
}

export type Component = 'source' | 'cue' | 'content';
export const COMPONENTS: readonly Component[] = ['source', 'cue', 'content'];
export const THRESHOLDS = [0.3, 0.8] as const;

export interface AttributionScores {
  readonly overlap: Map<number, OverlapCounts>;
  readonly exact: Map<Component, Counts>;
  documents: number;
  /** Documents the pipeline failed on (`id: reason`); they score as predicting nothing. */
  readonly failed: string[];
}

export function emptyScores(): AttributionScores {
  return {
    overlap: new Map(THRESHOLDS.map((t) => [t, { tp: 0, predicted: 0, gold: 0, speakerRight: 0 }])),
    exact: new Map(COMPONENTS.map((c) => [c, { tp: 0, predicted: 0, gold: 0 }])),
    documents: 0,
    failed: [],
  };
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

function sameSource(gold: Range | null, predicted: Range | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return overlapLength(gold, predicted) > 0;
}

function spanKeys(text: string, ranges: readonly (Range | null)[]): Set<string> {
  const keys = new Set<string>();
  for (const r of ranges) {
    if (r === null) continue;
    const t = trimRange(text, r.start, r.end);
    if (t.end > t.start) keys.add(`${t.start}:${t.end}`);
  }
  return keys;
}

/** Adds one document's counts to `scores`. */
export function scoreDocument(
  scores: AttributionScores,
  text: string,
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
): void {
  scores.documents++;
  const goldWithContent = gold.filter((g) => g.content !== null);
  const goldContents = goldWithContent.map((g) => g.content as Range);
  const predictedContents = predicted.map((p) => p.content);
  for (const [threshold, counts] of scores.overlap) {
    const matches = matchContents(goldContents, predictedContents, threshold);
    counts.tp += matches.length;
    counts.gold += goldContents.length;
    counts.predicted += predictedContents.length;
    for (const [g, p] of matches) {
      if (sameSource((goldWithContent[g] as GoldAttribution).source, (predicted[p] as PredictedAttribution).source)) counts.speakerRight++;
    }
  }
  for (const component of COMPONENTS) {
    const goldKeys = spanKeys(
      text,
      gold.map((g) => g[component]),
    );
    const predictedKeys = spanKeys(
      text,
      predicted.map((p) => p[component]),
    );
    const counts = scores.exact.get(component) as Counts;
    counts.gold += goldKeys.size;
    counts.predicted += predictedKeys.size;
    for (const key of predictedKeys) if (goldKeys.has(key)) counts.tp++;
  }
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
