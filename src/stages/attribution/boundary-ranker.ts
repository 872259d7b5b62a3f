import type { BoundaryContext } from './boundary-context.js';
import { BOUNDARY_K, type BoundaryFrame, END_STATIC_K, endFrameFeatures, START_STATIC_K, startFrameFeatures } from './boundary-features.js';
import { endStaticFeatures, startStaticFeatures } from './boundary-static-features.js';

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
  end: { ownK: END_STATIC_K, own: endStaticFeatures, frame: (c, f, s, e, out, from) => endFrameFeatures(c, f, s, e, out, from) },
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

/** Scores of one weight vector over hashed features. */
export function score(weights: Float32Array | Float64Array, ids: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (id >= 0) sum += weights[id] as number;
  }
  return sum;
}

/**
 * The best boundary for `side` given the other one (`fixed`): the highest-scoring candidate,
 * with `bonus` added to `preferred` (the tagger's own choice). With `cache` (fixed weights
 * only), the candidate-only part of each score is computed once per document.
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
  const ids = scratchIds;
  const features = SIDES[side];
  const frame = ids.subarray(features.ownK);
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  if (cache) {
    // the candidate-only scores, cached per document, keep the SHORTLIST best candidates (and
    // the preferred one); only those get their frame features scored
    const shortlist = scratchShortlist;
    const own = scratchOwn;
    let size = 0;
    for (let x = lo; x <= hi; x++) {
      let v = cache[x] as number;
      if (Number.isNaN(v)) {
        ids.fill(-1);
        features.own(c, x, ids);
        v = score(weights, ids.subarray(0, features.ownK));
        cache[x] = v;
      }
      // insert into the shortlist, kept sorted best first (earlier candidate first on ties)
      let at = size;
      while (at > 0 && (own[at - 1] as number) < v) at--;
      if (at < SHORTLIST) {
        const last = Math.min(size, SHORTLIST - 1);
        for (let k = last; k > at; k--) {
          shortlist[k] = shortlist[k - 1] as number;
          own[k] = own[k - 1] as number;
        }
        shortlist[at] = x;
        own[at] = v;
        if (size < SHORTLIST) size++;
      }
    }
    if (preferred >= lo && preferred <= hi && !shortlist.subarray(0, size).includes(preferred)) {
      shortlist[size] = preferred;
      own[size] = cache[preferred] as number;
      size++;
    }
    for (let i = 0; i < size; i++) {
      const x = shortlist[i] as number;
      frame.fill(-1);
      features.frame(c, f, fixed, x, ids, features.ownK);
      const s = (own[i] as number) + score(weights, frame) + (x === preferred ? bonus : 0);
      if (s > bestScore || (s === bestScore && x < best)) {
        bestScore = s;
        best = x;
      }
    }
    return best;
  }
  for (let x = lo; x <= hi; x++) {
    ids.fill(-1);
    boundaryFeatures(c, f, side, fixed, x, ids);
    const s = score(weights, ids) + (x === preferred ? bonus : 0);
    if (s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  return best;
}

/** How many candidates, best by their candidate-only score, get their frame features scored (tuned on PolNeAR dev: no loss). */
const SHORTLIST = 10;

// Buffers reused by every call (bestBoundary does not call itself): no allocation per call.
const scratchIds = new Int32Array(BOUNDARY_K);
const scratchShortlist = new Int32Array(SHORTLIST + 1);
const scratchOwn = new Float64Array(SHORTLIST + 1);
