import { bestCandidate, bestShortlisted, compactScore, compactWeights, rankScore } from '../../learn/ranker.js';
import type { BoundaryContext } from './boundary-context.js';
import {
  BOUNDARY_K,
  type BoundaryFrame,
  END_STATIC_K,
  endFrameFeatures,
  endStaticFeatures,
  START_STATIC_K,
  startFrameFeatures,
  startStaticFeatures,
} from './boundary-features.js';

/** The longest content, in tokens, the rankers consider. */
export const MAX_CONTENT_TOKENS = 160;

export type BoundarySide = 'end' | 'start';

/** Candidate boundaries: ends after `fixed` (a start) or starts before `fixed` (an end), within its paragraph. */
export function candidates(c: BoundaryContext, side: BoundarySide, fixed: number): [number, number] {
  if (side === 'end') return [fixed + 1, Math.min(c.paraEnd[fixed] as number, fixed + MAX_CONTENT_TOKENS)];
  const last = fixed - 1;
  return [Math.max(c.paraStart[last] as number, fixed - MAX_CONTENT_TOKENS), last];
}

/** A side's features: those of the candidate alone (the first `ownK`), then those of the frame. */
interface SideFeatures {
  readonly ownK: number;
  own(c: BoundaryContext, x: number, out: Int32Array): void;
  frame(c: BoundaryContext, f: BoundaryFrame, fixed: number, x: number, out: Int32Array, from: number): void;
}

const SIDES: Record<BoundarySide, SideFeatures> = {
  end: { ownK: END_STATIC_K, own: endStaticFeatures, frame: endFrameFeatures },
  start: { ownK: START_STATIC_K, own: startStaticFeatures, frame: (c, f, e, s, out, from) => startFrameFeatures(c, f, s, e, out, from) },
};

/** Writes the features of candidate `x` for `side` with the other boundary `fixed`: those of `x` alone first. */
export function boundaryFeatures(
  c: BoundaryContext,
  f: BoundaryFrame,
  side: BoundarySide,
  fixed: number,
  x: number,
  out: Int32Array,
): void {
  const features = SIDES[side];
  features.own(c, x, out);
  features.frame(c, f, fixed, x, out, features.ownK);
}

/**
 * A document's cache of the scores of the features that depend on the candidate alone (NaN:
 * not computed yet); valid while the weights do not change.
 */
export function staticScoreCache(c: BoundaryContext): Float64Array {
  return new Float64Array(c.n + 1).fill(Number.NaN);
}

// reused by every call (bestBoundary does not call itself): no allocation per call
const ids = new Int32Array(BOUNDARY_K);

/**
 * The best boundary for `side` given the other one (`fixed`) by the ranker `weights`
 * (`learn/ranker.ts`), with `bonus` added to `preferred` (the tagger's own choice). With
 * `cache` (fixed weights only), the candidate-only part of each score is computed once per
 * document and only a shortlist of candidates get their frame features scored.
 */
export function bestBoundary(
  weights: Float32Array | Float64Array,
  c: BoundaryContext,
  f: BoundaryFrame,
  side: BoundarySide,
  fixed: number,
  preferred = -1,
  bonus = 0,
  cache?: Float64Array,
): number {
  const [lo, hi] = candidates(c, side, fixed);
  const features = SIDES[side];
  if (!cache) {
    const full = (x: number): number => {
      ids.fill(-1);
      boundaryFeatures(c, f, side, fixed, x, ids);
      return rankScore(weights, ids);
    };
    return bestCandidate(lo, hi, full, preferred, bonus);
  }
  // fixed weights: read from their compacted copy (the same sums)
  const compact = compactWeights(weights);
  const { ownK } = features;
  const own = (x: number): number => {
    ids.fill(-1, 0, ownK);
    features.own(c, x, ids);
    return compactScore(compact, ids, 0, ownK);
  };
  const rest = (x: number): number => {
    ids.fill(-1, ownK);
    features.frame(c, f, fixed, x, ids, ownK);
    return compactScore(compact, ids, ownK, BOUNDARY_K);
  };
  return bestShortlisted(lo, hi, own, rest, cache, preferred, bonus);
}
