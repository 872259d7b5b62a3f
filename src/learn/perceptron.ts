import { compactRow, popcount32 } from './compact-rows.js';
import { BUCKETS } from './hashing.js';

/**
 * A multi-class averaged perceptron (Collins 2002) over hashed features: `weights[f * L + l]`
 * for bucket `f` and label `l`. `Perceptron` scores; `PerceptronTrainer` learns with lazy
 * averaging (by label, or by ranking candidates with one label) and exports a `Perceptron`.
 */
export class Perceptron {
  readonly labels: readonly string[];
  /**
   * `weights[f * stride + offset + l] * scale`: the perceptron's own table, or a view into one
   * several share (stored as int16 as the model file holds them: half the memory traffic).
   */
  readonly weights: Float32Array | Int16Array;
  readonly stride: number;
  readonly offset: number;
  readonly scale: number;
  /** One bit per row, set when the row holds a weight (`usedRows`); rows with no bit are not read. */
  readonly used: Uint32Array | undefined;
  /** A compact table (`compact-rows.ts`): `weights` holds the used rows only, found through `rank`. */
  readonly rank: Uint32Array | undefined;

  constructor(
    labels: readonly string[],
    weights: Float32Array | Int16Array,
    stride = labels.length,
    offset = 0,
    scale = 1,
    used?: Uint32Array,
    rank?: Uint32Array,
  ) {
    const rows = rank === undefined ? BUCKETS : weights.length / stride;
    if (weights.length !== rows * stride || offset + labels.length > stride || (rank !== undefined && used === undefined))
      throw new Error('perceptron: weight table of the wrong size');
    this.labels = labels;
    this.weights = weights;
    this.stride = stride;
    this.offset = offset;
    this.scale = scale;
    this.used = used;
    this.rank = rank;
  }

  /** Adds the rows of `ids[from, to)` (−1 = none) to `scores`. */
  add(scores: Float64Array, ids: ArrayLike<number>, from = 0, to = ids.length): void {
    const L = this.labels.length;
    const { weights: w, stride, offset, scale, used, rank } = this;
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      if (id < 0) continue;
      let row = id;
      if (used !== undefined) {
        const word = used[id >>> 5] as number;
        const bit = 1 << (id & 31);
        if ((word & bit) === 0) continue;
        if (rank !== undefined) row = (rank[id >>> 5] as number) + popcount32(word & (bit - 1));
      }
      const base = row * stride + offset;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + (w[base + l] as number) * scale;
    }
  }

  /** The perceptron's own float table, `[f * L + l]` (the rankers read it directly). */
  ownTable(): Float32Array {
    if (!(this.weights instanceof Float32Array) || this.stride !== this.labels.length || this.scale !== 1) {
      throw new Error('perceptron: a view into a shared table has no table of its own');
    }
    return this.weights;
  }

  /** The weight of bucket `f` for label `l`. */
  at(f: number, l: number): number {
    const row = this.rank === undefined || this.used === undefined ? f : compactRow(this.used, this.rank, f);
    return row < 0 ? 0 : (this.weights[row * this.stride + this.offset + l] as number) * this.scale;
  }
}

export class PerceptronTrainer {
  readonly labels: readonly string[];
  readonly #w: Float64Array;
  readonly #total: Float64Array;
  readonly #stamp: Int32Array;
  #step = 0;

  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.#w = new Float64Array(BUCKETS * labels.length);
    this.#total = new Float64Array(BUCKETS * labels.length);
    this.#stamp = new Int32Array(BUCKETS * labels.length);
  }

  add(scores: Float64Array, ids: ArrayLike<number>, from = 0, to = ids.length): void {
    const L = this.labels.length;
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      if (id < 0) continue;
      const base = id * L;
      for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + (this.#w[base + l] as number);
    }
  }

  /** The live weights, `weights[f * L + l]`, for decoding while training. */
  get weights(): Float64Array {
    return this.#w;
  }

  /**
   * One ranking step for a one-label trainer (a score per candidate): reward the features of
   * the gold candidate, penalise those of the guess (null when the guess was the gold one).
   */
  rank(gold: ArrayLike<number>, guess: ArrayLike<number> | null): void {
    if (this.labels.length !== 1) throw new Error('perceptron: ranking steps need a one-label trainer');
    this.#step++;
    if (!guess) return;
    for (let k = 0; k < gold.length; k++) if ((gold[k] as number) >= 0) this.#bump(gold[k] as number, 1);
    for (let k = 0; k < guess.length; k++) if ((guess[k] as number) >= 0) this.#bump(guess[k] as number, -1);
  }

  /** One perceptron step over the given feature lists: reward the gold label, penalise the guess. */
  update(lists: readonly (readonly [ArrayLike<number>, number, number])[], gold: number, guess: number): void {
    this.#step++;
    if (gold === guess) return;
    const L = this.labels.length;
    for (const [ids, from, to] of lists) {
      for (let k = from; k < to; k++) {
        const id = ids[k] as number;
        if (id < 0) continue;
        this.#bump(id * L + gold, 1);
        this.#bump(id * L + guess, -1);
      }
    }
  }

  /** Counts one example for averaging (a structured step: one sequence, then its `adjust`s). */
  tick(): void {
    this.#step++;
  }

  /** Adds `delta` to label `label` of the rows of `ids[from, to)` (−1 = none): one part of a structured update. */
  adjust(ids: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    const L = this.labels.length;
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      if (id >= 0) this.#bump(id * L + label, delta);
    }
  }

  #bump(k: number, delta: number): void {
    this.#total[k] = (this.#total[k] as number) + (this.#step - (this.#stamp[k] as number)) * (this.#w[k] as number);
    this.#stamp[k] = this.#step;
    this.#w[k] = (this.#w[k] as number) + delta;
  }

  /** Averaged weights; rows whose largest absolute weight is below `minWeight` are zeroed. */
  average(minWeight: number): Perceptron {
    const L = this.labels.length;
    const out = new Float32Array(BUCKETS * L);
    const steps = Math.max(1, this.#step);
    for (let f = 0; f < BUCKETS; f++) {
      let max = 0;
      for (let l = 0; l < L; l++) {
        const k = f * L + l;
        const avg = ((this.#total[k] as number) + (this.#step - (this.#stamp[k] as number)) * (this.#w[k] as number)) / steps;
        out[k] = avg;
        max = Math.max(max, Math.abs(avg));
      }
      if (max < minWeight) out.fill(0, f * L, f * L + L);
    }
    return new Perceptron(this.labels, out);
  }
}

/** One bit per row of `weights` (rows of `stride`), set when the row holds a non-zero weight. */
export function usedRows(weights: Float32Array | Int16Array, stride: number): Uint32Array {
  const used = new Uint32Array(BUCKETS >>> 5);
  for (let f = 0; f < BUCKETS; f++) {
    for (let l = 0, base = f * stride; l < stride; l++) {
      if (weights[base + l] !== 0) {
        used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
        break;
      }
    }
  }
  return used;
}
