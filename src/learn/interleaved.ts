import { popcount32 } from './compact-rows.js';
import { BUCKETS } from './hashing.js';
import { type Perceptron, usedRows } from './perceptron.js';

/**
 * The static-feature rows of several taggers interleaved in one table: row `f` holds every
 * tagger's label weights side by side, so scoring a token's static features for all of them
 * costs one memory fetch per feature instead of one per tagger (decoding is bound by those
 * fetches: the tables are far larger than the processor's caches).
 */
export interface InterleavedTaggers {
  readonly weights: Float32Array | Int16Array;
  /** Per column (label), the factor its summed weights are multiplied by. */
  readonly scales: Float64Array;
  /** Labels per row, all taggers together. */
  readonly stride: number;
  /** Where each tagger's labels start in a row, in the order given. */
  readonly offsets: readonly number[];
  /**
   * One bit per row, set when the row holds a weight: a feature the training data never
   * gave a weight (a new word, a new pair) is skipped without reading its row, and the bits
   * (128 KiB) stay in the processor's cache where the rows do not.
   */
  readonly used: Uint32Array;
  /** A compact table (`compact-rows.ts`): `weights` holds the used rows only, found through `rank`. */
  readonly rank?: Uint32Array;
}

const cache = new WeakMap<Perceptron, InterleavedTaggers>();

/**
 * The taggers' shared table when they are views into one (as `readPerceptrons` makes them), else
 * an interleaved copy (cached on the first tagger).
 */
export function interleave(taggers: readonly Perceptron[]): InterleavedTaggers {
  const first = taggers[0];
  if (first === undefined) throw new Error('interleave: no taggers');
  const hit = cache.get(first);
  if (hit && hit.offsets.length === taggers.length) return hit;
  if (taggers.every((t) => t.weights === first.weights && t.stride === first.stride)) {
    const scales = new Float64Array(first.stride);
    for (const t of taggers) scales.fill(t.scale, t.offset, t.offset + t.labels.length);
    const shared = {
      weights: first.weights,
      scales,
      stride: first.stride,
      offsets: taggers.map((t) => t.offset),
      used: first.used ?? usedRows(first.weights, first.stride),
      ...(first.rank === undefined ? {} : { rank: first.rank }),
    };
    cache.set(first, shared);
    return shared;
  }
  const offsets: number[] = [];
  let stride = 0;
  for (const t of taggers) {
    offsets.push(stride);
    stride += t.labels.length;
  }
  const weights = new Float32Array(BUCKETS * stride);
  taggers.forEach((t, k) => {
    const L = t.labels.length;
    const off = offsets[k] as number;
    for (let f = 0; f < BUCKETS; f++) {
      for (let l = 0; l < L; l++) weights[f * stride + off + l] = t.at(f, l);
    }
  });
  const built = { weights, scales: new Float64Array(stride).fill(1), stride, offsets, used: usedRows(weights, stride) };
  cache.set(first, built);
  return built;
}

/**
 * Per token, the sum of its feature rows (`ids[i * K, (i + 1) * K)`, −1 for none) for every
 * interleaved tagger: `out[i * stride + …]`.
 */
export function staticScores(ids: Int32Array, K: number, table: InterleavedTaggers): Float64Array {
  const { weights, scales, stride, used, rank } = table;
  const n = ids.length / K;
  const out = new Float64Array(n * stride);
  const bases = new Int32Array(K);
  let touched = 0;
  for (let i = 0; i < n; i++) {
    const o = i * stride;
    // Two passes per token: the first finds the rows that hold weights and reads one weight of
    // each, so that the processor fetches the token's rows from memory side by side rather
    // than one after another (the reads do not wait on each other); the second sums the rows,
    // now in the cache. Measured: 10% to 25% more tokens a second for the stage.
    let m = 0;
    for (let k = i * K, end = k + K; k < end; k++) {
      const id = ids[k] as number;
      if (id < 0) continue;
      const word = used[id >>> 5] as number;
      const bit = 1 << (id & 31);
      if ((word & bit) === 0) continue;
      const base = (rank === undefined ? id : (rank[id >>> 5] as number) + popcount32(word & (bit - 1))) * stride;
      bases[m++] = base;
      touched += weights[base] as number;
    }
    if (weights instanceof Int16Array) {
      if (stride === 13) sum13Rows(weights, bases, m, scales, out, o);
      else sumInt16Rows(weights, bases, m, scales, stride, out, o);
    } else {
      for (let j = 0; j < m; j++) {
        const base = bases[j] as number;
        for (let l = 0; l < stride; l++) out[o + l] = (out[o + l] as number) + (weights[base + l] as number);
      }
      for (let l = 0; l < stride; l++) out[o + l] = (out[o + l] as number) * (scales[l] as number);
    }
  }
  touchedSink = touched;
  return out;
}

/**
 * `out[o + l] = scales[l] · Σ_j weights[bases[j] + l]` for int16 rows: four labels at a time in
 * local int32 sums (registers, not a store and a load of `out` per row and label), the rows
 * read again from the cache for each four. The integer sums are exact (at most 2^16 rows of
 * int16 fit in int32), so every score is the same number the float sums gave: a third less
 * time for the attribution tagger's static scores (PolNeAR dev, docs/scale.md).
 */
function sumInt16Rows(
  weights: Int16Array,
  bases: Int32Array,
  m: number,
  scales: Float64Array,
  stride: number,
  out: Float64Array,
  o: number,
): void {
  let l = 0;
  for (; l + 4 <= stride; l += 4) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let j = 0; j < m; j++) {
      const b = (bases[j] as number) + l;
      a0 = (a0 + (weights[b] as number)) | 0;
      a1 = (a1 + (weights[b + 1] as number)) | 0;
      a2 = (a2 + (weights[b + 2] as number)) | 0;
      a3 = (a3 + (weights[b + 3] as number)) | 0;
    }
    out[o + l] = a0 * (scales[l] as number);
    out[o + l + 1] = a1 * (scales[l + 1] as number);
    out[o + l + 2] = a2 * (scales[l + 2] as number);
    out[o + l + 3] = a3 * (scales[l + 3] as number);
  }
  for (; l < stride; l++) {
    let a = 0;
    for (let j = 0; j < m; j++) a = (a + (weights[(bases[j] as number) + l] as number)) | 0;
    out[o + l] = a * (scales[l] as number);
  }
}

/**
 * `sumInt16Rows` for rows of 13 labels (the attribution taggers: 5 + 3 + 5), all in local
 * int32 sums in one pass over the rows: each row is read once, not once per four labels.
 * The same integer sums, so the same scores.
 */
function sum13Rows(weights: Int16Array, bases: Int32Array, m: number, scales: Float64Array, out: Float64Array, o: number): void {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  let a8 = 0;
  let a9 = 0;
  let a10 = 0;
  let a11 = 0;
  let a12 = 0;
  for (let j = 0; j < m; j++) {
    const b = bases[j] as number;
    a0 = (a0 + (weights[b] as number)) | 0;
    a1 = (a1 + (weights[b + 1] as number)) | 0;
    a2 = (a2 + (weights[b + 2] as number)) | 0;
    a3 = (a3 + (weights[b + 3] as number)) | 0;
    a4 = (a4 + (weights[b + 4] as number)) | 0;
    a5 = (a5 + (weights[b + 5] as number)) | 0;
    a6 = (a6 + (weights[b + 6] as number)) | 0;
    a7 = (a7 + (weights[b + 7] as number)) | 0;
    a8 = (a8 + (weights[b + 8] as number)) | 0;
    a9 = (a9 + (weights[b + 9] as number)) | 0;
    a10 = (a10 + (weights[b + 10] as number)) | 0;
    a11 = (a11 + (weights[b + 11] as number)) | 0;
    a12 = (a12 + (weights[b + 12] as number)) | 0;
  }
  out[o] = a0 * (scales[0] as number);
  out[o + 1] = a1 * (scales[1] as number);
  out[o + 2] = a2 * (scales[2] as number);
  out[o + 3] = a3 * (scales[3] as number);
  out[o + 4] = a4 * (scales[4] as number);
  out[o + 5] = a5 * (scales[5] as number);
  out[o + 6] = a6 * (scales[6] as number);
  out[o + 7] = a7 * (scales[7] as number);
  out[o + 8] = a8 * (scales[8] as number);
  out[o + 9] = a9 * (scales[9] as number);
  out[o + 10] = a10 * (scales[10] as number);
  out[o + 11] = a11 * (scales[11] as number);
  out[o + 12] = a12 * (scales[12] as number);
}

/** Where the first pass's reads go, so that the engine cannot leave them out. */
let touchedSink = 0;

/** The sum of the weights the last call's first pass read (one per row that holds weights). */
export function lastTouchedSum(): number {
  return touchedSink;
}
