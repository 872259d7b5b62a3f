import { popcount32 } from './compact-rows.js';
import { BUCKETS } from './hashing.js';

/**
 * Ranking candidates with one weight vector over hashed features (a one-label perceptron,
 * `PerceptronTrainer.rank`): the score of a candidate is the sum of its features' weights.
 */

/** The sum of `weights` over the features `ids` (−1: none). */
export function rankScore(weights: Float32Array | Float64Array, ids: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (id >= 0) sum += weights[id] as number;
  }
  return sum;
}

/**
 * A ranker's fixed weights without their zeros (`compact-rows.ts`): per word of 32 buckets, the
 * bits of the non-zero ones and the number of non-zero weights before it, side by side
 * (`index[2w]`, `index[2w + 1]`), then the weights in bucket order. A ranker holds a weight in
 * a tenth of the buckets or fewer: this is a seventh of the dense table's memory, which scoring
 * reads at random.
 */
export interface CompactWeights {
  readonly index: Uint32Array;
  readonly values: Float32Array | Float64Array;
}

const COMPACT = new WeakMap<Float32Array | Float64Array, CompactWeights>();

/** `weights` compacted, once per table: the weights must not change afterwards. */
export function compactWeights(weights: Float32Array | Float64Array): CompactWeights {
  let found = COMPACT.get(weights);
  if (found === undefined) {
    if (weights.length !== BUCKETS) throw new Error('ranker: a weight table of the wrong size');
    const index = new Uint32Array(BUCKETS >>> 4);
    let rows = 0;
    for (let w = 0; w < BUCKETS >>> 5; w++) {
      let bits = 0;
      for (let b = 0; b < 32; b++) if (weights[w * 32 + b] !== 0) bits |= 1 << b;
      index[2 * w] = bits;
      index[2 * w + 1] = rows;
      rows += popcount32(bits);
    }
    const values = weights instanceof Float32Array ? new Float32Array(rows) : new Float64Array(rows);
    for (let f = 0, r = 0; f < BUCKETS; f++) if (weights[f] !== 0) values[r++] = weights[f] as number;
    found = { index, values };
    COMPACT.set(weights, found);
  }
  return found;
}

/**
 * `rankScore` of `ids[from, to)` from compacted weights: the same weights added in the same
 * order, zeros left out (a sum never becomes −0, so adding a zero changes nothing).
 */
export function compactScore(c: CompactWeights, ids: Int32Array, from: number, to: number): number {
  const { index, values } = c;
  let sum = 0;
  for (let k = from; k < to; k++) {
    const id = ids[k] as number;
    if (id < 0) continue;
    const word = index[(id >>> 5) << 1] as number;
    const bit = 1 << (id & 31);
    if ((word & bit) === 0) continue;
    sum += values[(index[((id >>> 5) << 1) + 1] as number) + popcount32(word & (bit - 1))] as number;
  }
  return sum;
}

/** The candidate in `[lo, hi]` with the highest `score`, `bonus` added to `preferred`'s (ties: the first). */
export function bestCandidate(lo: number, hi: number, score: (x: number) => number, preferred = -1, bonus = 0): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let x = lo; x <= hi; x++) {
    const s = score(x) + (x === preferred ? bonus : 0);
    if (s > bestScore) {
      bestScore = s;
      best = x;
    }
  }
  return best;
}

/** How many candidates, best by their own score, `bestShortlisted` scores in full. */
export const SHORTLIST = 10;
const shortlist = new Int32Array(SHORTLIST + 1);
const ownScores = new Float64Array(SHORTLIST + 1);

/**
 * `bestCandidate` for scores in two parts: `own(x)`, which depends on the candidate alone and
 * is kept in `cache` (NaN: not computed yet; valid while the weights do not change), and
 * `rest(x)`, scored only for the SHORTLIST best candidates by own score (and `preferred`).
 * Ties go to the earlier candidate.
 */
export function bestShortlisted(
  lo: number,
  hi: number,
  own: (x: number) => number,
  rest: (x: number) => number,
  cache: Float64Array,
  preferred = -1,
  bonus = 0,
): number {
  let size = 0;
  for (let x = lo; x <= hi; x++) {
    let v = cache[x] as number;
    if (Number.isNaN(v)) {
      v = own(x);
      cache[x] = v;
    }
    // insert into the shortlist, kept sorted best first (earlier candidate first on ties)
    let at = size;
    while (at > 0 && (ownScores[at - 1] as number) < v) at--;
    if (at < SHORTLIST) {
      for (let k = Math.min(size, SHORTLIST - 1); k > at; k--) {
        shortlist[k] = shortlist[k - 1] as number;
        ownScores[k] = ownScores[k - 1] as number;
      }
      shortlist[at] = x;
      ownScores[at] = v;
      if (size < SHORTLIST) size++;
    }
  }
  let listed = false;
  for (let i = 0; i < size; i++) if (shortlist[i] === preferred) listed = true;
  if (preferred >= lo && preferred <= hi && !listed) {
    shortlist[size] = preferred;
    ownScores[size] = cache[preferred] as number;
    size++;
  }
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < size; i++) {
    const x = shortlist[i] as number;
    const s = (ownScores[i] as number) + rest(x) + (x === preferred ? bonus : 0);
    if (s > bestScore || (s === bestScore && x < best)) {
      bestScore = s;
      best = x;
    }
  }
  return best;
}
