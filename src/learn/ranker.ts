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
  if (preferred >= lo && preferred <= hi && !shortlist.subarray(0, size).includes(preferred)) {
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
