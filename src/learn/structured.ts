import { type History, historyLocal } from './history.js';
import type { PerceptronTrainer } from './perceptron.js';
import { viterbi2 } from './viterbi.js';

/**
 * Structured perceptron training (Collins 2002): decode a whole sequence exactly with the
 * weights being learned (`viterbi2`, the decoding used at run time), then reward the features
 * of the gold sequence and penalise those of the decoded one. The greedy trainer instead
 * updates token by token after its own history; the weights it learns suit greedy decoding
 * only. Search is exact, so no early or max-violation update is needed.
 */

/** Feature ids `ids[from, to)`. */
export type FeatureList = readonly [ArrayLike<number>, number, number];

/** One sequence to learn from: a segment of a document (a sentence), given the gold labels before it. */
export interface Segment {
  /** Tokens in the segment; token indices below are counted from its start. */
  readonly n: number;
  /** Its gold labels; every transition must be allowed (`ok`). */
  readonly gold: ArrayLike<number>;
  /** The two labels before it (`[p1, p2]`, −1 for none). */
  readonly start: readonly [number, number];
  /** The features of token `i` that do not read labels. */
  lists(i: number): readonly FeatureList[];
  readonly history: History;
}

/** The label `d` places before token `i` of `seq` (before the segment: `start`). */
function before(seq: ArrayLike<number>, start: readonly [number, number], i: number, d: number): number {
  const j = i - d;
  return j >= 0 ? (seq[j] as number) : (start[-j - 1] as number);
}

/** One structured step on `seg` under the transitions `ok` (a `bioTable`); returns the tokens decoded right. */
export function structuredStep(trainer: PerceptronTrainer, ok: Uint8Array, seg: Segment): number {
  const L = trainer.labels.length;
  const { n, gold, start, history } = seg;
  const fixed = new Float64Array(n * L);
  const row = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    for (const [ids, from, to] of seg.lists(i)) trainer.add(row, ids, from, to);
    fixed.set(row, i * L);
  }
  const guess = viterbi2(n, L, (p, l) => ok[(p + 1) * L + l] === 1, historyLocal(trainer, L, fixed, history), start);
  trainer.tick();
  let right = 0;
  for (let i = 0; i < n; i++) if (guess[i] === gold[i]) right++;
  if (right === n) return right;
  const ids = new Int32Array(Math.max(history.previousK, history.pairK));
  for (let i = 0; i < n; i++) {
    const g = gold[i] as number;
    const y = guess[i] as number;
    const [g1, g2] = [before(gold, start, i, 1), before(gold, start, i, 2)];
    const [y1, y2] = [before(guess, start, i, 1), before(guess, start, i, 2)];
    if (g !== y) {
      for (const [list, from, to] of seg.lists(i)) {
        trainer.adjust(list, from, to, g, 1);
        trainer.adjust(list, from, to, y, -1);
      }
    }
    if (g === y && g1 === y1 && g2 === y2) continue;
    history.previous(i, g1, ids);
    trainer.adjust(ids, 0, history.previousK, g, 1);
    history.previous(i, y1, ids);
    trainer.adjust(ids, 0, history.previousK, y, -1);
    history.pair(g1, g2, ids);
    trainer.adjust(ids, 0, history.pairK, g, 1);
    history.pair(y1, y2, ids);
    trainer.adjust(ids, 0, history.pairK, y, -1);
  }
  return right;
}
