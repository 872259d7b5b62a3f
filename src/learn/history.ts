import type { LocalScores } from './viterbi.js';

/**
 * History features split by what they read, so that exact decoding scores them once per
 * token and previous label rather than once per state: `previous` features read the token and
 * the previous label, `pair` features the previous two labels alone (the same at every token).
 */
export interface History {
  /** How many ids `previous` writes. */
  readonly previousK: number;
  /** How many ids `pair` writes. */
  readonly pairK: number;
  previous(i: number, p1: number, out: Int32Array): void;
  pair(p1: number, p2: number, out: Int32Array): void;
}

/** Anything that adds the rows of feature ids to label scores: a `Perceptron` or a `PerceptronTrainer`. */
export interface RowScorer {
  add(scores: Float64Array, ids: ArrayLike<number>, from?: number, to?: number): void;
}

/**
 * Local scores for `viterbi2`: the fixed scores of token `i` (`fixed[i * L + l]`), then its
 * history features, then `tokenBoost`. The scores of `previous` features are kept per previous
 * label for the token last asked about, those of `pair` features per label pair for the whole
 * decoding: the weights must not change while it runs.
 */
export function historyLocal(
  scorer: RowScorer,
  L: number,
  fixed: Float64Array,
  history: History,
  tokenBoost?: (i: number, scores: Float64Array) => void,
): LocalScores {
  const S = L + 1;
  const ids = new Int32Array(Math.max(history.previousK, history.pairK));
  const pairScores = new Float64Array(S * S * L);
  const pairDone = new Uint8Array(S * S);
  const prevScores = new Float64Array(S * L);
  const prevDone = new Int32Array(S).fill(-1);
  const tmp = new Float64Array(L);
  return (i, p1, p2, out) => {
    const a = p1 + 1;
    if (prevDone[a] !== i) {
      tmp.fill(0);
      history.previous(i, p1, ids);
      scorer.add(tmp, ids, 0, history.previousK);
      prevScores.set(tmp, a * L);
      prevDone[a] = i;
    }
    const b = a * S + p2 + 1;
    if (pairDone[b] === 0) {
      tmp.fill(0);
      history.pair(p1, p2, ids);
      scorer.add(tmp, ids, 0, history.pairK);
      pairScores.set(tmp, b * L);
      pairDone[b] = 1;
    }
    for (let l = 0; l < L; l++) {
      out[l] = (fixed[i * L + l] as number) + (prevScores[a * L + l] as number) + (pairScores[b * L + l] as number);
    }
    tokenBoost?.(i, out);
  };
}
