/**
 * Exact decoding of a label sequence whose local scores depend on the two previous labels
 * (second-order Viterbi), with forbidden transitions (BIO: an `I-X` only after `B-X`/`I-X`).
 * Shared by every tagger whose history features read the previous two labels.
 */

/** Scores of the `L` labels at token `i` given the previous two labels (−1 before the start), written into `out`. */
export type LocalScores = (i: number, p1: number, p2: number, out: Float64Array) => void;

/**
 * The best sequence of `n` labels out of `L`: the one with the largest sum of local scores
 * among those where `allowed(prev, next)` holds at every step (`prev` −1 at the start).
 * States are label pairs (previous two); ties go to the lower label, as greedy decoding does.
 * `start` is the pair of labels before token 0 (`[p1, p2]`, −1 for none: the start of a
 * document; a segment of one, e.g. a sentence in structured training, starts after its labels).
 */
export function viterbi2(
  n: number,
  L: number,
  allowed: (prev: number, next: number) => boolean,
  local: LocalScores,
  start: readonly [number, number] = [-1, -1],
): Int8Array {
  const tags = new Int8Array(n);
  if (n === 0) return tags;
  // a state (p2, p1) is stored at (p2 + 1) * S + (p1 + 1), S = L + 1 (−1 is "before the start")
  const S = L + 1;
  const states = S * S;
  const ok = new Uint8Array(S * L);
  for (let p = -1; p < L; p++) for (let l = 0; l < L; l++) ok[(p + 1) * L + l] = allowed(p, l) ? 1 : 0;
  let score = new Float64Array(states).fill(Number.NEGATIVE_INFINITY);
  let next = new Float64Array(states);
  score[(start[1] + 1) * S + (start[0] + 1)] = 0;
  const back = new Int16Array(n * states).fill(-1);
  const out = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    next.fill(Number.NEGATIVE_INFINITY);
    for (let s = 0; s < states; s++) {
      const base = score[s] as number;
      if (base === Number.NEGATIVE_INFINITY) continue;
      const p2 = Math.floor(s / S) - 1;
      const p1 = (s % S) - 1;
      local(i, p1, p2, out);
      for (let l = 0; l < L; l++) {
        if (ok[(p1 + 1) * L + l] === 0) continue;
        const t = (p1 + 1) * S + (l + 1);
        const v = base + (out[l] as number);
        if (v > (next[t] as number)) {
          next[t] = v;
          back[i * states + t] = s;
        }
      }
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let best = -1;
  for (let s = 0; s < states; s++) if (best < 0 || (score[s] as number) > (score[best] as number)) best = s;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = (best % S) - 1;
    best = back[i * states + best] as number;
  }
  return tags;
}
