import { sharedBuffer } from './shared-buffers.js';

/**
 * Weight rows looked up by 32-bit feature keys (`feature-keys.ts`) rather than by hashed
 * buckets: an open-addressing table whose slots hold the key and its `L` weights side by
 * side, so scoring a feature costs one memory access. Weights come as int16 with one scale
 * (the model file's) and are kept as float32 of `weight / scale`. Given a `key`, the table is
 * built once per process and shared between threads (`shared-buffers.ts`).
 */
export class KeyedTable {
  /** Labels per row. */
  readonly labels: number;
  /** Keys the table holds. */
  readonly size: number;
  readonly #keys: Uint32Array;
  readonly #weights: Float32Array;
  readonly #mask: number;
  readonly #stride: number;
  /** The first slot probed for each feature of a token (see `addAll`). */
  #slots = new Int32Array(64);
  /** Where the first pass's reads go, so that the engine cannot leave them out. */
  touched = 0;

  constructor(keys: Uint32Array, weights: Int16Array, labels: number, scale: number, key?: string) {
    const n = keys.length;
    if (weights.length !== n * labels) throw new Error('keyed table: weights of the wrong size');
    this.labels = labels;
    this.size = n;
    this.#stride = 1 + labels;
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.#mask = cap - 1;
    const slot = sharedBuffer(key, cap * this.#stride * 4);
    this.#keys = new Uint32Array(slot.buffer);
    this.#weights = new Float32Array(slot.buffer);
    if (!slot.fresh) return;
    const S = this.#stride;
    for (let r = 0; r < n; r++) {
      const k = (keys[r] as number) || 1; // 0 marks an empty slot
      let at = this.#slot(k);
      while (this.#keys[at * S] !== 0) at = (at + 1) & this.#mask;
      this.#keys[at * S] = k;
      for (let t = 0; t < labels; t++) this.#weights[at * S + 1 + t] = (weights[r * labels + t] as number) / scale;
    }
    slot.share();
  }

  #slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.#mask;
  }

  /** Adds the weights of key `key` (if the table holds it, probing from `slot`) to `scores`. */
  #add(key: number, slot: number, scores: Float64Array): void {
    const k = key || 1;
    const keys = this.#keys;
    const S = this.#stride;
    const L = this.labels;
    for (;;) {
      const base = slot * S;
      const found = keys[base] as number;
      if (found === 0) return;
      if (found === k) {
        const w = this.#weights;
        for (let t = 0; t < L; t++) scores[t] = (scores[t] as number) + (w[base + 1 + t] as number);
        return;
      }
      slot = (slot + 1) & this.#mask;
    }
  }

  /**
   * Adds the rows of `keys[0, m)` to `scores`, in order. Two passes: the first reads each
   * key's first slot so that the processor fetches them from memory side by side (the reads
   * do not wait on each other); the second probes, now in the cache. Same sums in the same
   * order as one pass.
   */
  addAll(scores: Float64Array, keys: Uint32Array, m: number): void {
    if (this.#slots.length < m) this.#slots = new Int32Array(m);
    const slots = this.#slots;
    const table = this.#keys;
    const S = this.#stride;
    let touched = 0;
    for (let j = 0; j < m; j++) {
      const slot = this.#slot((keys[j] as number) || 1);
      slots[j] = slot;
      touched ^= table[slot * S] as number;
    }
    this.touched = touched;
    for (let j = 0; j < m; j++) this.#add(keys[j] as number, slots[j] as number, scores);
  }
}
